package io.forecourt.security;

/** The roles of Forecourt; the strings are what {@code @RolesAllowed} and the database use. */
public final class Role {
    public static final String CUSTOMER = "customer";
    public static final String REP = "rep";
    public static final String MANAGER = "manager";
    public static final String PLANNER = "planner";
    public static final String ADMIN = "admin";
    /** Other systems reading the event feed (ERP, production planning, BI). */
    public static final String INTEGRATION = "integration";

    public static final java.util.List<String> ALL = java.util.List.of(CUSTOMER, REP, MANAGER, PLANNER, ADMIN, INTEGRATION);

    private Role() {
    }
}
