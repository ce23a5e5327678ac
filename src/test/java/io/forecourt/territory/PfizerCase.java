package io.forecourt.territory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Pfizer Turkey territory case as published in {@code territory/pfizer-turkey-case/}: bricks
 * with an index value (workload), the current SR of each, and the distance from each SR's office.
 * Reads {@code bricks_22x4.csv} (distances given) and {@code bricks_100x10.csv} (coordinates; an
 * SR's office is the office brick it currently holds; Euclidean distances).
 */
record PfizerCase(String name, List<Brick> bricks, int reps) {

    /** {@code distance[r]} is the distance from SR r+1's office; {@code current} counts from 1. */
    record Brick(int id, double index, int current, double[] distance) {
    }

    static PfizerCase read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        String[] header = lines.get(0).trim().toLowerCase(Locale.ROOT).split(",");
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.trim().split(",")).toList();
        String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
        if (header[1].equals("index_value")) {
            return distancesGiven(name, header, rows);
        }
        if (header[1].equals("x") && header[2].equals("y")) {
            return coordinates(name, rows);
        }
        throw new IllegalArgumentException(file + ": expected the columns of bricks_22x4.csv or bricks_100x10.csv");
    }

    private static PfizerCase distancesGiven(String name, String[] header, List<String[]> rows) {
        int reps = header.length - 3;
        List<Brick> bricks = new ArrayList<>();
        for (String[] r : rows) {
            double[] d = new double[reps];
            for (int k = 0; k < reps; k++) {
                d[k] = Double.parseDouble(r[2 + k]);
            }
            bricks.add(new Brick(Integer.parseInt(r[0]), Double.parseDouble(r[1]), sr(r[header.length - 1]), d));
        }
        return new PfizerCase(name, bricks, reps);
    }

    private static PfizerCase coordinates(String name, List<String[]> rows) {
        int reps = rows.stream().mapToInt(r -> sr(r[4])).max().orElse(0);
        double[][] office = new double[reps][];
        for (String[] r : rows) {
            if (Integer.parseInt(r[5].trim()) == 1) {
                office[sr(r[4]) - 1] = new double[] {Double.parseDouble(r[1]), Double.parseDouble(r[2])};
            }
        }
        for (int k = 0; k < reps; k++) {
            if (office[k] == null) {
                throw new IllegalArgumentException(name + ": SR " + (k + 1) + " holds no office brick");
            }
        }
        List<Brick> bricks = new ArrayList<>();
        for (String[] r : rows) {
            double x = Double.parseDouble(r[1]), y = Double.parseDouble(r[2]);
            double[] d = new double[reps];
            for (int k = 0; k < reps; k++) {
                d[k] = Math.hypot(x - office[k][0], y - office[k][1]);
            }
            bricks.add(new Brick(Integer.parseInt(r[0]), Double.parseDouble(r[3]), sr(r[4]), d));
        }
        return new PfizerCase(name, bricks, reps);
    }

    /** The SR column; one source row says "10.1", read as SR 10. */
    private static int sr(String value) {
        return (int) Math.floor(Double.parseDouble(value.trim()));
    }

    double totalIndex() {
        return bricks.stream().mapToDouble(Brick::index).sum();
    }

    /** Workload per SR (index 0 = SR 1) of an assignment (brick position → SR counting from 1). */
    double[] workloads(int[] sr) {
        double[] w = new double[reps];
        for (int i = 0; i < bricks.size(); i++) {
            w[sr[i] - 1] += bricks.get(i).index();
        }
        return w;
    }

    double distance(int[] sr) {
        double d = 0;
        for (int i = 0; i < bricks.size(); i++) {
            d += bricks.get(i).distance()[sr[i] - 1];
        }
        return d;
    }

    int[] current() {
        return bricks.stream().mapToInt(Brick::current).toArray();
    }
}
