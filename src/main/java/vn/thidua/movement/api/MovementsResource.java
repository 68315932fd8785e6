package vn.thidua.movement.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.thidua.movement.IndicatorForm;
import vn.thidua.movement.MovementForm;
import vn.thidua.movement.MovementService;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.TargetView;

/**
 * /api/movements: the movements the caller takes part in; creating and changing them, their indicators and
 * targets (the launching unit's managers). Dates are yyyy-MM-dd.
 */
@Path("movements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MovementsResource {

    /** A target to set: {@code amount} is a number (VND for money, percent for shares). */
    public record Target(String indicator, String unit, int year, BigDecimal amount) {
    }

    @Inject
    private MovementService service;

    @GET
    public List<MovementView> list() {
        return service.list();
    }

    @GET
    @Path("{code}")
    public MovementView get(@PathParam("code") String code) {
        return service.get(code);
    }

    @POST
    public MovementView create(MovementForm form) {
        return service.create(form);
    }

    @PUT
    @Path("{code}")
    public MovementView update(@PathParam("code") String code, @QueryParam("version") long version,
                               MovementForm form) {
        return service.update(code, version, form);
    }

    @POST
    @Path("{code}/indicators")
    public MovementView addIndicator(@PathParam("code") String code, IndicatorForm form) {
        return service.addIndicator(code, form);
    }

    @GET
    @Path("{code}/targets")
    public List<TargetView> targets(@PathParam("code") String code, @QueryParam("unit") String unit,
                                    @QueryParam("year") int year) {
        return service.targets(code, unit, year);
    }

    @PUT
    @Path("{code}/targets")
    public TargetView setTarget(@PathParam("code") String code, Target target) {
        return service.setTarget(code, target.indicator(), target.unit(), target.year(), target.amount());
    }

    /** Copies the unit's targets of the year to its children; answers {@code {"copied": n}}. */
    @POST
    @Path("{code}/targets/copy-down")
    public Map<String, Integer> copyDown(@PathParam("code") String code, @QueryParam("unit") String unit,
                                         @QueryParam("year") int year) {
        return Map.of("copied", service.copyTargetsDown(code, unit, year));
    }
}
