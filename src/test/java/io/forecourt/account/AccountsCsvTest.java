package io.forecourt.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountsCsvTest {

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertThat(AccountsCsv.cell("Garage Martin, Fils")).isEqualTo("\"Garage Martin, Fils\"");
        assertThat(AccountsCsv.cell("Le \"Petit\" Garage")).isEqualTo("\"Le \"\"Petit\"\" Garage\"");
        assertThat(AccountsCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(AccountsCsv.cell(null)).isEmpty();
        assertThat(AccountsCsv.cell(45.5)).isEqualTo("45.5");
    }

    @Test
    void aNameASpreadsheetWouldRunAsAFormulaIsKeptAsText() {
        assertThat(AccountsCsv.cell("=HYPERLINK(\"http://evil\")")).startsWith("\"'=HYPERLINK(");
        assertThat(AccountsCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AccountsCsv.cell("+33 4 72 00 00 00")).isEqualTo("+33 4 72 00 00 00");
    }
}
