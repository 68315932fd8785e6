package vn.thidua.result.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import vn.thidua.movement.MovementService;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.platform.rest.Downloads;
import vn.thidua.result.excel.RollupTables;
import vn.thidua.result.excel.Workbooks;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.result.IndicatorValue;
import vn.thidua.result.Rollup;
import vn.thidua.platform.time.Formats;
import vn.thidua.result.RollupService;

/**
 * GET /api/rollups?movement=CODE&unit=CODE&from=YYYY&to=YYYY[&unapproved=true][&asOf=yyyy-MM-dd]: each indicator's value over the
 * years (money as a number of VND, shares in percent with numerator and denominator), its target and attainment.
 * GET /api/rollups/children: the same for each child unit. GET /api/rollups/indicators.xlsx and children.xlsx (same
 * parameters, and lang=vi|en): the dashboard's two tables as workbooks.
 */
@Path("rollups")
@Produces(MediaType.APPLICATION_JSON)
public class RollupsResource {

    public record Value(String indicator, String name, IndicatorKind kind, BigDecimal value, BigDecimal target,
                        String unitOfMeasure, Long numerator, Long denominator, BigDecimal attainment) {

        static Value of(IndicatorValue v) {
            return new Value(v.indicator().code(), v.indicator().nameVi(), v.indicator().kind(), v.value(),
                    v.target(), v.indicator().unitOfMeasure(), v.numerator(), v.denominator(), v.attainment());
        }
    }

    public record Body(String movement, String unit, String unitName, int from, int to, boolean approvedOnly,
                       List<Value> values) {

        static Body of(Rollup r) {
            return new Body(r.movementCode(), r.unitCode(), r.unitName(), r.from(), r.to(), r.approvedOnly(),
                    r.values().stream().map(Value::of).toList());
        }
    }

    @Inject
    private RollupService service;

    @Inject
    private MovementService movements;

    @GET
    public Body rollup(@QueryParam("movement") String movement, @QueryParam("unit") String unit,
                       @QueryParam("asOf") String asOf, @QueryParam("from") int from, @QueryParam("to") int to,
                       @QueryParam("unapproved") boolean unapproved) {
        return Body.of(service.rollup(movement, unit, Formats.isoDate(asOf, null), from, to == 0 ? from : to,
                unapproved));
    }

    @GET
    @Path("children")
    public List<Body> children(@QueryParam("movement") String movement, @QueryParam("unit") String unit,
                               @QueryParam("asOf") String asOf, @QueryParam("from") int from,
                               @QueryParam("to") int to, @QueryParam("unapproved") boolean unapproved) {
        return service.children(movement, unit, Formats.isoDate(asOf, null), from, to == 0 ? from : to, unapproved)
                .stream().map(Body::of).toList();
    }

    @GET
    @Path("indicators.xlsx")
    @Produces(Workbooks.MEDIA_TYPE)
    public Response indicatorsWorkbook(@QueryParam("movement") String movement, @QueryParam("unit") String unit,
                                       @QueryParam("asOf") String asOf, @QueryParam("from") int from,
                                       @QueryParam("to") int to, @QueryParam("unapproved") boolean unapproved,
                                       @QueryParam("lang") String lang) {
        Rollup rollup = service.rollup(movement, unit, Formats.isoDate(asOf, null), from, to == 0 ? from : to,
                unapproved);
        return Downloads.file(RollupTables.indicators(movements.get(movement).name(), rollup, Messages.fromTag(lang)),
                Workbooks.MEDIA_TYPE, RollupTables.fileName("chi-tieu", rollup));
    }

    @GET
    @Path("children.xlsx")
    @Produces(Workbooks.MEDIA_TYPE)
    public Response childrenWorkbook(@QueryParam("movement") String movement, @QueryParam("unit") String unit,
                                     @QueryParam("asOf") String asOf, @QueryParam("from") int from,
                                     @QueryParam("to") int to, @QueryParam("unapproved") boolean unapproved,
                                     @QueryParam("lang") String lang) {
        java.time.LocalDate day = Formats.isoDate(asOf, null);
        int last = to == 0 ? from : to;
        Rollup rollup = service.rollup(movement, unit, day, from, last, unapproved);
        List<Rollup> children = service.children(movement, unit, day, from, last, unapproved);
        return Downloads.file(RollupTables.children(movements.get(movement).name(), rollup, children,
                Messages.fromTag(lang)), Workbooks.MEDIA_TYPE, RollupTables.fileName("don-vi", rollup));
    }
}
