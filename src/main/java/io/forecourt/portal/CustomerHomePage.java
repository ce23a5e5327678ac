package io.forecourt.portal;

import io.forecourt.catalog.CatalogService;
import io.forecourt.catalog.ProductDocument;
import io.forecourt.common.web.Formats;
import io.forecourt.configurator.saved.SavedConfiguration;
import io.forecourt.configurator.saved.SavedConfigurationRepository;
import io.forecourt.quote.MyQuotes;
import io.forecourt.security.CurrentUser;
import io.forecourt.security.Role;
import io.forecourt.security.UserRepository;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;

/**
 * A signed-in customer's home: the cars they saved (signed in, or before under their email) and the
 * quotes their sales contact sent them for those cars.
 */
@Path("/my")
@RolesAllowed(Role.CUSTOMER)
@Produces(MediaType.TEXT_HTML)
public class CustomerHomePage {

    public record MyConfiguration(String code, String product, String productName, String name, String total,
                                  String currency, boolean ready, LocalDate savedOn) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance my(List<MyConfiguration> configurations, List<MyQuotes.Mine> quotes);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    UserRepository users;

    @Inject
    SavedConfigurationRepository saved;

    @Inject
    CatalogService catalog;

    @Inject
    MyQuotes myQuotes;

    @GET
    @Transactional
    public TemplateInstance my() {
        long id = currentUser.requireUserId();
        String email = users.findByIdOptional(id).map(u -> u.getEmail()).orElse(null);
        List<SavedConfiguration> mine = saved.ofCustomer(id, email);
        List<MyConfiguration> configurations = mine.stream().map(c -> new MyConfiguration(c.getCode(),
                c.getProductCode(), catalog.find(c.getProductCode()).map(ProductDocument::name).orElse(c.getProductCode()),
                c.getName(), Formats.money(c.getTotal()), c.getCurrency(), c.getStatus() == SavedConfiguration.Status.READY,
                c.getCreatedAt().toLocalDate())).toList();
        return Templates.my(configurations, myQuotes.forConfigurations(mine.stream().map(SavedConfiguration::getCode).toList()));
    }
}
