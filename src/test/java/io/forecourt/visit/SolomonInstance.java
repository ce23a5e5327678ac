package io.forecourt.visit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A VRPTW instance in Solomon's text format (also Gehring–Homberger's): name line, VEHICLE NUMBER/CAPACITY,
 * then one row per customer with the depot first. Any file in that format is accepted whatever its name;
 * columns are split on whitespace.
 */
record SolomonInstance(String name, int vehicles, int capacity, List<Customer> customers) {

    record Customer(int id, double x, double y, int demand, double ready, double due, double service) {
    }

    Customer depot() {
        return customers.get(0);
    }

    List<Customer> visits() {
        return customers.subList(1, customers.size());
    }

    static SolomonInstance read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            throw new IOException(file + " is empty");
        }
        String name = lines.get(0);
        int vehicles = -1;
        int capacity = -1;
        List<Customer> customers = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\\s+");
            if (!isNumber(f[0])) {
                continue;
            }
            if (f.length == 2 && vehicles < 0) {
                vehicles = Integer.parseInt(f[0]);
                capacity = Integer.parseInt(f[1]);
            } else if (f.length >= 7) {
                customers.add(new Customer(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        (int) Math.round(Double.parseDouble(f[3])), Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]), Double.parseDouble(f[6])));
            } else {
                throw new IOException(file + ": line " + (i + 1) + " is neither fleet nor customer: " + lines.get(i));
            }
        }
        if (vehicles < 0 || customers.size() < 2) {
            throw new IOException(file + " is not in Solomon's format (no fleet line or no customers)");
        }
        return new SolomonInstance(name, vehicles, capacity, List.copyOf(customers));
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.charAt(0) == '-' || s.charAt(0) == '.');
    }
}
