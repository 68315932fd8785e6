package vn.thidua.commendation;

import java.math.BigDecimal;

/**
 * The council's votes on one nomination. The threshold is a share of ALL members of the council, whether they
 * voted or not (absent members may vote in writing): the vote passes when {@code agree >= threshold x members},
 * i.e. "từ 50% trở lên" with a threshold of 0.5 (3 of 5, 2 of 4). A council without members passes nothing.
 */
public record CouncilTally(long agree, long members, BigDecimal threshold) {

    public boolean passed() {
        return members > 0 && threshold != null
                && BigDecimal.valueOf(agree).compareTo(threshold.multiply(BigDecimal.valueOf(members))) >= 0;
    }
}
