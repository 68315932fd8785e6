package vn.thidua.result.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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

    /** What every roll-up call names: movement, unit (read on asOf, or today), years, and whether unapproved. */
    public static class Query {
        @QueryParam("movement")
        String movement;
        @QueryParam("unit")
        String unit;
        @QueryParam("asOf")
        String asOf;
        @QueryParam("from")
        int from;
        @QueryParam("to")
        int to;
        @QueryParam("unapproved")
        boolean unapproved;

        Rollup rollup(RollupService service) {
            return service.rollup(movement, unit, Formats.isoDate(asOf, null), from, last(), unapproved);
        }

        List<Rollup> children(RollupService service) {
            return service.children(movement, unit, Formats.isoDate(asOf, null), from, last(), unapproved);
        }

        private int last() {
            return to == 0 ? from : to;
        }
    }

    @GET
    public Body rollup(@BeanParam Query query) {
        return Body.of(query.rollup(service));
    }

    @GET
    @Path("children")
    public List<Body> children(@BeanParam Query query) {
        return query.children(service).stream().map(Body::of).toList();
    }

    @GET
    @Path("indicators.xlsx")
    @Produces(Workbooks.MEDIA_TYPE)
    public Response indicatorsWorkbook(@BeanParam Query query, @QueryParam("lang") String lang) {
        Rollup rollup = query.rollup(service);
        return Downloads.file(RollupTables.indicators(movements.get(query.movement).name(), rollup,
                Messages.fromTag(lang)), Workbooks.MEDIA_TYPE, RollupTables.fileName("chi-tieu", rollup));
    }

    @GET
    @Path("children.xlsx")
    @Produces(Workbooks.MEDIA_TYPE)
    public Response childrenWorkbook(@BeanParam Query query, @QueryParam("lang") String lang) {
        Rollup rollup = query.rollup(service);
        return Downloads.file(RollupTables.children(movements.get(query.movement).name(), rollup,
                query.children(service), Messages.fromTag(lang)), Workbooks.MEDIA_TYPE,
                RollupTables.fileName("don-vi", rollup));
    }
}
