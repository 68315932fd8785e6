package vn.thidua.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SharesTest {

    @Test
    void partsAreWholeAndAddUpToTheTotalExactly() {
        long[] parts = Shares.split(354_325, new double[] {0.3, 1.7, 2.2, 0.9, 1.1});
        assertThat(Arrays.stream(parts).sum()).isEqualTo(354_325);
        assertThat(Arrays.stream(parts).allMatch(p -> p > 0)).isTrue();
    }

    @Test
    void zeroWeightsGetNothingAndTheRestFollowTheWeights() {
        long[] parts = Shares.split(10, new double[] {0, 1, 0, 4});
        assertThat(parts).containsExactly(0, 2, 0, 8);
    }

    @Test
    void remaindersGoToTheLargestFractions() {
        assertThat(Shares.split(2, new double[] {1, 1, 1})).containsExactly(1, 1, 0);
        assertThat(Shares.split(7, new double[] {1, 2})).containsExactly(2, 5);
    }
}
