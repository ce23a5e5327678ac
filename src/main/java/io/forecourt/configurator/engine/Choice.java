package io.forecourt.configurator.engine;

/** A variable set to a value, by name: the unit of explanations and repairs. */
public record Choice(String variable, String value) {

    @Override
    public String toString() {
        return variable + "=" + value;
    }
}
