package io.forecourt.configurator.evaluation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.forecourt.common.config.ForecourtConfig;
import io.forecourt.configurator.model.ProductModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.function.Supplier;

/**
 * Recent answers, keyed by the compiled model they came from and the exact selection. Every visitor
 * starts from the same empty configuration and most follow a few popular paths, so the same clicks
 * come back all day. A model is rebuilt (a new instance) whenever its product, market or the rule base
 * changes, so an answer can never outlive what it was computed from; superseded models' entries simply
 * age out. Bounded by the number of option states held (W-TinyLFU keeps the popular ones).
 */
@ApplicationScoped
public class EvaluationCache {

    /** Identity of the model instance, not equality: a rebuilt model never shares answers. */
    private record Key(ProductModel model, List<String> selections) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.model == model && k.selections.equals(selections);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(model) * 31 + selections.hashCode();
        }
    }

    private final Cache<Key, Evaluation> answers;

    @Inject
    EvaluationCache(ForecourtConfig config) {
        long weight = config.configurator().evaluationCacheWeight();
        answers = weight <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(weight)
                .<Key, Evaluation>weigher((k, e) -> 1 + e.groups().stream().mapToInt(g -> g.options().size()).sum())
                .build();
    }

    public Evaluation get(ProductModel model, List<String> selections, Supplier<Evaluation> evaluate) {
        if (answers == null) {
            return evaluate.get();
        }
        return answers.get(new Key(model, selections), k -> evaluate.get());
    }
}
