package io.forecourt.account;

/** A contact as the API and the pages show it. */
public record ContactView(long id, long accountId, String firstName, String lastName, String jobTitle,
                          String email, String phone, boolean primary, int version) {

    static ContactView of(Contact c) {
        return new ContactView(c.getId(), c.getAccountId(), c.getFirstName(), c.getLastName(), c.getJobTitle(),
                c.getEmail(), c.getPhone(), c.isPrimary(), c.getVersion());
    }

    public String fullName() {
        return firstName == null ? lastName : firstName + " " + lastName;
    }
}
