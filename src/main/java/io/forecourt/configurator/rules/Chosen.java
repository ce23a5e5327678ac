package io.forecourt.configurator.rules;

/** Fact: one option the customer has chosen. Rules match it as {@code Chosen(code == "INT_LEATHER_BLACK")}. */
public class Chosen {
    private final String code;
    private final String group;

    public Chosen(String code, String group) {
        this.code = code;
        this.group = group;
    }

    public String getCode() {
        return code;
    }

    public String getGroup() {
        return group;
    }
}
