package io.forecourt.configurator.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A customer's partial configuration: each variable fixed to a value or free. Immutable; every
 * click makes a new one with {@link #with} / {@link #without}.
 */
public final class Assignment {

    static final int FREE = -1;

    private final ConfigModel model;
    private final int[] values;

    Assignment(ConfigModel model, int[] values) {
        this.model = model;
        this.values = values;
    }

    static int[] freeValues(int n) {
        int[] a = new int[n];
        Arrays.fill(a, FREE);
        return a;
    }

    public ConfigModel model() {
        return model;
    }

    public Assignment with(String variable, String value) {
        int var = model.variableIndex(variable);
        return with(var, model.valueIndex(var, value));
    }

    public Assignment with(int var, int value) {
        if (value < 0 || value >= model.domainSize(var)) {
            throw new IllegalArgumentException("value " + value + " out of domain of " + model.variableName(var));
        }
        int[] copy = values.clone();
        copy[var] = value;
        return new Assignment(model, copy);
    }

    public Assignment without(String variable) {
        return without(model.variableIndex(variable));
    }

    public Assignment without(int var) {
        int[] copy = values.clone();
        copy[var] = FREE;
        return new Assignment(model, copy);
    }

    public boolean isAssigned(int var) {
        return values[var] != FREE;
    }

    /** The chosen value index, or -1 when free. */
    public int value(int var) {
        return values[var];
    }

    public int assignedCount() {
        int n = 0;
        for (int v : values) {
            n += v == FREE ? 0 : 1;
        }
        return n;
    }

    public int[] assignedVariables() {
        int[] out = new int[assignedCount()];
        int i = 0;
        for (int v = 0; v < values.length; v++) {
            if (values[v] != FREE) {
                out[i++] = v;
            }
        }
        return out;
    }

    /** Whether a complete solution agrees with every choice made here. */
    public boolean isExtendedBy(int[] solution) {
        for (int v = 0; v < values.length; v++) {
            if (values[v] != FREE && values[v] != solution[v]) {
                return false;
            }
        }
        return true;
    }

    /** The choices by name, in variable order. */
    public Map<String, String> choices() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int v = 0; v < values.length; v++) {
            if (values[v] != FREE) {
                m.put(model.variableName(v), model.valueName(v, values[v]));
            }
        }
        return m;
    }

    int[] rawValues() {
        return values;
    }

    @Override
    public String toString() {
        return choices().toString();
    }
}
