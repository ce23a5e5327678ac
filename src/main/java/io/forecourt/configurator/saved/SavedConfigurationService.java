package io.forecourt.configurator.saved;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.configurator.evaluation.ConfiguratorService;
import io.forecourt.configurator.evaluation.Evaluation;
import io.forecourt.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

/** Saves configurations with their frozen price, and re-evaluates them under today's rules. */
@ApplicationScoped
public class SavedConfigurationService {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SavedConfigurationRepository repository;

    @Inject
    ConfiguratorService configurator;

    @Inject
    CurrentUser currentUser;

    @Inject
    ObjectMapper json;

    @Inject
    Event<ConfigurationSaved> saved;

    @Transactional
    public SavedView save(@Valid @NotNull SaveRequest request) {
        Evaluation e = configurator.evaluate(request.product(),
                request.selections() == null ? List.of() : request.selections(), request.market());
        // a product that cannot be built as it stands is kept as a draft (the customer's work is not
        // lost), never as ready; asking for "ready" explicitly is refused with what is wrong
        boolean readyPossible = e.buildable();
        if (Boolean.TRUE.equals(request.ready()) && !readyPossible) {
            throw new ForecourtException(422, "Not ready for quoting",
                    "Only a valid and complete configuration can be marked ready; save it as a draft instead",
                    Map.of("violations", e.violations(), "incompleteGroups", e.groups().stream()
                            .filter(g -> !g.satisfied()).map(Evaluation.GroupState::code).toList()));
        }
        SavedConfiguration.Status status = readyPossible && !Boolean.FALSE.equals(request.ready())
                ? SavedConfiguration.Status.READY : SavedConfiguration.Status.DRAFT;
        SavedConfiguration c = new SavedConfiguration(newCode(), e.product(), e.market(), write(e.selections()),
                write(e.price()), e.price().total(), e.price().currency(), e.rulesVersion(), e.valid(), e.complete(),
                status);
        c.contact(blankToNull(request.name()), blankToNull(request.email()),
                currentUser.isSignedIn() ? currentUser.getUserId() : null);
        repository.persist(c);
        saved.fire(new ConfigurationSaved(c.getCode(), c.getProductCode(), c.getEmail(), c.getName()));
        return view(c, e);
    }

    public SavedView find(String code) {
        SavedConfiguration c = repository.findByCode(code)
                .orElseThrow(() -> ForecourtException.notFound("Configuration " + code));
        Evaluation today = configurator.evaluate(c.getProductCode(), selections(c), c.getMarket());
        return view(c, today);
    }

    List<String> selections(SavedConfiguration c) {
        try {
            return json.readValue(c.getSelectionsJson(), new TypeReference<List<String>>() { });
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Stored selections of " + c.getCode() + " are not readable", ex);
        }
    }

    private SavedView view(SavedConfiguration c, Evaluation today) {
        Evaluation.Price frozen = read(c.getPriceJson(), Evaluation.Price.class);
        SavedView.Today now = new SavedView.Today(today.valid(), today.completable(), today.complete(), today.price().total(),
                today.price().total().compareTo(c.getTotal()) != 0, !today.rulesVersion().equals(c.getRulesVersion()),
                today.rulesVersion(), today.violations());
        return new SavedView(c.getId(), c.getCode(), c.getProductCode(), c.getMarket(), selections(c), c.getName(),
                c.getEmail(), c.getStatus().name(), c.isValid(), c.isComplete(), frozen, c.getRulesVersion(),
                c.getCreatedAt(), "/configurations/" + c.getCode(), now);
    }

    private String newCode() {
        while (true) {
            StringBuilder sb = new StringBuilder(8);
            for (int i = 0; i < 8; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (repository.findByCode(sb.toString()).isEmpty()) {
                return sb.toString();
            }
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
