package vn.thidua.movement;

/** A campaign (cuộc vận động) or an emulation movement (phong trào thi đua): one entity, two kinds. */
public enum MovementKind {
    CAMPAIGN, EMULATION;

    public String messageKey() {
        return "movement.kind." + name();
    }
}
