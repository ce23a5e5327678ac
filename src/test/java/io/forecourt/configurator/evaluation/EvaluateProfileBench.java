package io.forecourt.configurator.evaluation;

import io.forecourt.bench.BenchSelection;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forecourt.catalog.ProductDocument;
import io.forecourt.configurator.engine.Assignment;
import io.forecourt.configurator.model.ProductModel;
import io.forecourt.configurator.model.TestModels;
import io.forecourt.configurator.rules.Chosen;
import io.forecourt.configurator.rules.RuleBase;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;


/** Where one evaluate's time goes, on the demo Aura (plain JUnit, no application). */
class EvaluateProfileBench {

    @Test
    void profile() throws Exception {
        BenchSelection.assumeSelected("bench.configurator");
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        ProductDocument aura;
        try (InputStream in = getClass().getResourceAsStream("/demo/catalog/aura.json")) {
            aura = json.readValue(in, ProductDocument.class);
        }
        RuleBase rules = io.forecourt.configurator.rules.TestRules.compileRealFolder();
        ProductModel m = TestModels.compile(aura, "DE", rules);
        List<String> sel = List.of("ENG_P110", "GB_MAN6", "TRIM_BASE", "COL_WHITE_SOLID", "INT_CLOTH_GREY");
        List<Chosen> facts = sel.stream().map(c -> new Chosen(c, m.slot(c).group().code())).toList();
        Assignment a = m.assignmentOf(sel);
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 5000; i++) {
                rules.fire("AURA", "DE", facts);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < 5000; i++) {
                m.engine().validDomains(a);
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < 5000; i++) {
                Evaluator.evaluate(m, sel);
            }
            long t3 = System.nanoTime();
            for (int i = 0; i < 5000; i++) {
                json.writeValueAsBytes(Evaluator.evaluate(m, sel));
            }
            long t4 = System.nanoTime();
            System.out.printf("drools %.1f us, validDomains %.1f us, evaluate %.1f us, evaluate+json %.1f us (%d bytes)%n",
                    (t1 - t0) / 5000e3, (t2 - t1) / 5000e3, (t3 - t2) / 5000e3, (t4 - t3) / 5000e3,
                    json.writeValueAsBytes(Evaluator.evaluate(m, sel)).length);
        }
    }
}
