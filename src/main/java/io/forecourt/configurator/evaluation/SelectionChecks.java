package io.forecourt.configurator.evaluation;

import io.forecourt.catalog.GroupDocument;
import io.forecourt.catalog.VariantTableDocument;
import io.forecourt.configurator.evaluation.Evaluation.Violation;
import io.forecourt.configurator.model.ProductModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue's own rules, judged on the selection as it stands: a variant table is broken when no
 * allowed row fits the options chosen in its columns, an optional group without a choice counting as
 * {@code -} (no choice is a choice: "motor X needs battery Y" is broken by motor X and no battery);
 * a multiple-choice group when it has too many. A required group without a choice yet breaks nothing:
 * it is incomplete.
 */
final class SelectionChecks {

    private SelectionChecks() {
    }

    static List<Violation> tableViolations(ProductModel m, List<String> selections) {
        Map<String, String> chosenByGroup = new HashMap<>();
        for (String code : selections) {
            GroupDocument g = m.slot(code).group();
            if (!g.multiple()) {
                chosenByGroup.put(g.code(), code);
            }
        }
        List<Violation> out = new ArrayList<>();
        for (VariantTableDocument t : m.product().tables()) {
            String[] chosen = new String[t.columns().size()];
            List<String> involved = new ArrayList<>();
            List<String> empty = new ArrayList<>();
            for (int c = 0; c < chosen.length; c++) {
                String column = t.columns().get(c);
                chosen[c] = column.equals(VariantTableDocument.MARKET) ? m.market() : chosenByGroup.get(column);
                if (chosen[c] != null && !column.equals(VariantTableDocument.MARKET)) {
                    involved.add(chosen[c]);
                } else if (chosen[c] == null && m.product().group(column).map(g -> !g.required()).orElse(false)) {
                    chosen[c] = VariantTableDocument.NONE;
                    empty.add(m.product().group(column).map(GroupDocument::name).orElse(column));
                }
            }
            if (involved.isEmpty() || anyRowFits(t, chosen)) {
                continue;
            }
            List<String> names = involved.stream().map(m::optionName).toList();
            String message = (involved.size() == 1 && empty.isEmpty() ? names.get(0) + " is not offered"
                    : empty.isEmpty() ? String.join(" and ", names) + " cannot be combined"
                    : String.join(" and ", names) + " needs a choice of " + String.join(" and ", empty))
                    + (t.columns().contains(VariantTableDocument.MARKET) ? " in " + m.market() : "")
                    + " (" + t.name() + ")";
            out.add(new Violation(t.code(), message, List.copyOf(involved)));
        }
        return out;
    }

    private static boolean anyRowFits(VariantTableDocument t, String[] chosen) {
        for (List<String> row : t.rows()) {
            boolean fits = true;
            for (int c = 0; c < chosen.length && fits; c++) {
                String cell = row.get(c);
                // "*" also matches an optional group left empty
                fits = chosen[c] == null || cell.equals(VariantTableDocument.ANY) || cell.equals(chosen[c]);
            }
            if (fits) {
                return true;
            }
        }
        return false;
    }

    static List<Violation> cardinalityViolations(ProductModel m, List<String> selections) {
        List<Violation> out = new ArrayList<>();
        for (GroupDocument g : m.product().groups()) {
            if (!g.multiple()) {
                continue;
            }
            List<String> chosen = selections.stream().filter(c -> m.slot(c).group().code().equals(g.code())).toList();
            if (chosen.size() > g.max()) {
                out.add(new Violation(g.code(), g.name() + ": choose at most " + g.max() + " (" + chosen.size()
                        + " chosen)", chosen));
            }
        }
        return out;
    }
}
