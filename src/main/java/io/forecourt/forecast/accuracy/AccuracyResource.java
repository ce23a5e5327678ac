package io.forecourt.forecast.accuracy;

import io.forecourt.forecast.Csv;
import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Locale;

/** The statistical forecast and the backtest of every forecast method. */
@Path("/api/forecasts")
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
public class AccuracyResource {

    @Inject
    AccuracyService service;

    @GET
    @Path("statistical")
    @Produces(MediaType.APPLICATION_JSON)
    public AccuracyService.Statistical statistical(@QueryParam("period") String period, @QueryParam("scope") String scope,
                                                   @QueryParam("id") Long id) {
        return service.statistical(period, scope, id);
    }

    @GET
    @Path("accuracy")
    @Produces(MediaType.APPLICATION_JSON)
    public AccuracyService.Accuracy accuracy(@QueryParam("months") Integer months) {
        return service.accuracy(months);
    }

    @GET
    @Path("accuracy")
    @Produces("text/csv")
    public String accuracyCsv(@QueryParam("months") Integer months) {
        return Csv.of(List.of("level", "moment", "method", "samples", "mape", "bias"),
                service.accuracy(months).scores().stream().map(s -> List.<Object>of(s.level(), s.moment(), s.method(),
                        s.samples(), String.format(Locale.ROOT, "%.4f", s.mape()),
                        String.format(Locale.ROOT, "%.4f", s.bias()))).toList());
    }
}
