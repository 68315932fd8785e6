package vn.thidua.organization;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Optional;
import vn.thidua.platform.persistence.BaseEntity;

/** A level of the hierarchy (PROVINCE, DISTRICT, COMMUNE, RESIDENTIAL_AREA…), ordered by rank. */
@Entity
@Cacheable
@Table(name = "org_level")
public class OrgLevel extends BaseEntity {

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "rank_order", nullable = false)
    private int rank;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    protected OrgLevel() {
    }

    public OrgLevel(String code, int rank, String nameVi, String nameEn) {
        this.code = code;
        this.rank = rank;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public String getCode() {
        return code;
    }

    public int getRank() {
        return rank;
    }

    public String getName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    /** The level of that code (any case, spaces around ignored), if there is one. */
    public static Optional<OrgLevel> find(EntityManager em, String code) {
        return em.createQuery("select l from OrgLevel l where l.code = :code", OrgLevel.class)
                .setParameter("code", code == null ? "" : code.trim().toUpperCase(Locale.ROOT)).getResultStream()
                .findFirst();
    }
}
