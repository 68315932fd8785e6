package vn.thidua.organization;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.platform.error.BusinessException;

/**
 * The restructuring events, done on the units of one persistence context: create, merge, split, change of name or
 * type, move, close. Each keeps predecessor → successor links, and the units below a closed unit go to its heir
 * (or where the split says), so nothing is left hanging. A refused event throws {@link BusinessException}; the
 * caller's transaction then rolls back, so nothing changes.
 */
public class Restructuring {

    private final EntityManager em;
    private final String actor;

    public Restructuring(EntityManager em, String actor) {
        this.em = em;
        this.actor = actor;
    }

    public OrgEvent event(OrgEvent.Kind kind, LocalDate date, String legalBasis) {
        OrgEvent event = new OrgEvent(kind, date, legalBasis, actor);
        em.persist(event);
        return event;
    }

    public OrgUnit create(OrgEvent event, NewUnit spec) {
        LocalDate date = event.getEffectiveDate();
        if (spec.parent() != null && !spec.parent().isValidOn(date)) {
            throw new BusinessException("org.parent.invalid", spec.parent().getCode(), date);
        }
        requireCodeFree(spec.code(), date);
        OrgUnit unit = new OrgUnit(spec.code(), spec.level(), spec.name(), spec.type(), spec.parent(), date, event);
        em.persist(unit);
        return unit;
    }

    /** Several units become one: a new unit, or {@code survivor} (one of them) absorbing the others. */
    public OrgUnit merge(List<OrgUnit> predecessors, OrgUnit survivor, NewUnit newUnit, LocalDate date,
                         String legalBasis) {
        if (predecessors.size() < 2 || survivor == null && newUnit == null
                || survivor != null && !predecessors.contains(survivor)) {
            throw new BusinessException("org.merge.invalid");
        }
        predecessors.forEach(p -> requireValid(p, date));
        OrgEvent event = event(OrgEvent.Kind.MERGE, date, legalBasis);
        List<OrgUnit> ending = predecessors.stream().filter(p -> !p.equals(survivor)).toList();
        Map<OrgUnit, List<OrgUnit>> children = new LinkedHashMap<>();
        ending.forEach(p -> children.put(p, childrenOn(p, date)));
        ending.forEach(p -> end(p, date));
        OrgUnit successor = survivor != null ? survivor : create(event, newUnit);
        if (survivor != null && newUnit != null) {
            change(survivor, newUnit.name(), newUnit.type(), event);
        }
        for (OrgUnit p : ending) {
            event.link(p, successor, false, true);
            children.get(p).forEach(child -> reparent(child, successor, event));
        }
        return successor;
    }

    /**
     * One unit is divided between several new units; {@code heir} (an index into {@code parts}) carries its
     * history; {@code childParts} says which part each unit below goes to (default: the heir).
     */
    public List<OrgUnit> split(OrgUnit old, List<NewUnit> parts, int heir, Map<OrgUnit, Integer> childParts,
                               LocalDate date, String legalBasis) {
        if (parts.size() < 2 || heir < 0 || heir >= parts.size()) {
            throw new BusinessException("org.split.invalid");
        }
        requireValid(old, date);
        OrgEvent event = event(OrgEvent.Kind.SPLIT, date, legalBasis);
        List<OrgUnit> children = childrenOn(old, date);
        end(old, date);
        List<OrgUnit> successors = parts.stream().map(spec -> create(event, spec)).toList();
        for (int i = 0; i < successors.size(); i++) {
            event.link(old, successors.get(i), true, i == heir);
        }
        for (OrgUnit child : children) {
            reparent(child, successors.get(childParts.getOrDefault(child, heir)), event);
        }
        return successors;
    }

    /** From the event's date the unit has a new name and/or type (a xã becoming a phường keeps its code). */
    public void change(OrgUnit unit, String name, String type, OrgEvent event) {
        requireValid(unit, event.getEffectiveDate());
        unit.change(event.getEffectiveDate(), name, type, unit.latest().getParent(), event);
    }

    public void move(OrgUnit unit, OrgUnit newParent, OrgEvent event) {
        LocalDate date = event.getEffectiveDate();
        requireValid(unit, date);
        if (!newParent.isValidOn(date)) {
            throw new BusinessException("org.parent.invalid", newParent.getCode(), date);
        }
        unit.change(date, unit.latest().getName(), unit.latest().getType(), newParent, event);
    }

    /** The unit ends without a successor; it must have no units below it any more. */
    public void close(OrgUnit unit, OrgEvent event) {
        LocalDate date = event.getEffectiveDate();
        requireValid(unit, date);
        if (!childrenOn(unit, date).isEmpty()) {
            throw new BusinessException("org.close.hasChildren", unit.getCode());
        }
        unit.close(date);
    }

    /** Records that all or part of {@code predecessor} went to {@code successor} in {@code event}. */
    public void link(OrgEvent event, OrgUnit predecessor, OrgUnit successor, boolean partial, boolean heir) {
        event.link(predecessor, successor, partial, heir);
    }

    /** Ends a unit; the caller moves or ends the units below it in the same event. */
    void end(OrgUnit unit, LocalDate date) {
        unit.close(date);
    }

    /** From the event's date, {@code child} is under {@code parent}. */
    void reparent(OrgUnit child, OrgUnit parent, OrgEvent event) {
        OrgUnitVersion current = child.latest();
        child.change(event.getEffectiveDate(), current.getName(), current.getType(), parent, event);
    }

    public List<OrgEventLink> linksFrom(OrgUnit predecessor) {
        return em.createQuery("select l from OrgEventLink l where l.predecessor = :unit order by l.id",
                OrgEventLink.class).setParameter("unit", predecessor).getResultList();
    }

    public List<OrgUnit> childrenOn(OrgUnit parent, LocalDate date) {
        return em.createQuery("select v.unit from OrgUnitVersion v where v.parent = :parent "
                        + "and v.validFrom <= :date and (v.validTo is null or v.validTo > :date)", OrgUnit.class)
                .setParameter("parent", parent).setParameter("date", date).getResultList();
    }

    private static void requireValid(OrgUnit unit, LocalDate date) {
        if (!unit.isValidOn(date)) {
            throw new BusinessException("org.unit.notValidOn", unit.getCode(), date);
        }
    }

    private void requireCodeFree(String code, LocalDate date) {
        Long taken = em.createQuery("select count(u) from OrgUnit u where u.code = :code "
                        + "and u.validFrom <= :date and (u.validTo is null or u.validTo > :date)", Long.class)
                .setParameter("code", code).setParameter("date", date).getSingleResult();
        if (taken > 0) {
            throw new BusinessException("org.code.taken", code, date);
        }
    }
}
