package io.forecourt.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolomonInstanceTest {

    @TempDir
    Path dir;

    static final String TINY = String.join("\r\n",
            "MY-DEPOT-RUN", "", "VEHICLE", "NUMBER     CAPACITY", "  3         50", "", "CUSTOMER",
            "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME", " ",
            "    0      40         50          0          0       1236          0   ",
            "    1      45         68         10        912        967         90   ",
            "    2      45         70         30        825        870         90   ",
            "    3      42         66         10         65        146         90   ", "");

    @Test
    void readsAnyFileInSolomonsFormatWhateverItsName() throws IOException {
        Path file = dir.resolve("whatever.dat");
        Files.writeString(file, TINY);
        SolomonInstance inst = SolomonInstance.read(file);
        assertThat(inst.name()).isEqualTo("MY-DEPOT-RUN");
        assertThat(inst.vehicles()).isEqualTo(3);
        assertThat(inst.capacity()).isEqualTo(50);
        assertThat(inst.depot().due()).isEqualTo(1236);
        assertThat(inst.visits()).extracting(SolomonInstance.Customer::id).containsExactly(1, 2, 3);
        assertThat(inst.visits().get(1)).isEqualTo(new SolomonInstance.Customer(2, 45, 70, 30, 825, 870, 90));
    }

    @Test
    void aFileThatIsNotSolomonsFormatIsRejectedWithItsName() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "hello\nworld\n");
        assertThatThrownBy(() -> SolomonInstance.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("notes.txt");
    }

    @Test
    void routesAreCheckedAndMeasuredTheLiteraturesWay() throws IOException {
        Path file = dir.resolve("tiny.txt");
        Files.writeString(file, TINY);
        SolomonInstance inst = SolomonInstance.read(file);
        VrptwRoutes good = new VrptwRoutes(List.of(List.of(3, 2, 1)));
        assertThat(good.violation(inst)).isNull();
        double expected = Math.hypot(2, 16) + Math.hypot(3, 4) + Math.hypot(0, 2) + Math.hypot(5, 18);
        assertThat(good.distance(inst)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(new VrptwRoutes(List.of(List.of(1, 3, 2))).violation(inst)).contains("after due");
        assertThat(new VrptwRoutes(List.of(List.of(3, 2))).violation(inst)).contains("unserved");
    }

    @Test
    void solutionsAreWrittenInSintefFormat() throws IOException {
        Path file = dir.resolve("solutions/X1.txt");
        new VrptwRoutes(List.of(List.of(12, 5, 7), List.of(3))).writeSintef(file, "X1");
        assertThat(Files.readAllLines(file)).contains("Instance name : X1", "Solution", "Route 1 : 12 5 7",
                "Route 2 : 3");
    }
}
