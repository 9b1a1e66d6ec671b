package org.igrexplorer.core.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one divergence rule of training: non-finite, or grown beyond 10 × max(E₀, log classes). */
class MlpDivergenceTest {

    @Test
    void theRuleIsGrowthBeyondTenTimesTheStartOrAUniformGuess() {
        double uniform10 = Math.log(10); // 2.3026: the loss of a uniform guess over 10 classes
        assertFalse(MlpTrainer.diverged(10 * uniform10 - 1e-9, 2.3, 10));
        assertTrue(MlpTrainer.diverged(10 * uniform10 + 1e-9, 2.3, 10));
        assertTrue(MlpTrainer.diverged(Double.NaN, 2.3, 10));
        assertTrue(MlpTrainer.diverged(Double.POSITIVE_INFINITY, 2.3, 10));
        // a start far above the uniform guess scales the bound
        assertFalse(MlpTrainer.diverged(49, 5, 2));
        assertTrue(MlpTrainer.diverged(51, 5, 2));
    }

    @Test
    void aLossThatGrowsFarBeyondItsStartEndsTheRunAsDiverged() {
        DataSplit data = SyntheticData.generate(SyntheticData.Kind.SPIRALS, 400, 100, 0.1, 5);
        MlpArchitecture arch = new MlpArchitecture(2, 32, 32, 2);
        List<MlpMetrics> seen = new ArrayList<>();
        RunSummary wild = new MlpTrainer(data, new TrainingConfig(arch, 1e3, 16, 0, 20, 5, 1, 256), JavaBlas.INSTANCE)
                .run(seen::add, null);
        assertEquals(RunStatus.DIVERGED, wild.status());
        MlpMetrics last = seen.get(seen.size() - 1);
        assertTrue(!last.finite() || last.loss() > 10 * Math.max(seen.get(0).loss(), Math.log(2)),
                "stopped at the evaluation that broke the rule: " + last);
        assertTrue(last.step() < 20L * (400 / 16), "stopped early, at step " + last.step());

        RunSummary tame = new MlpTrainer(data, new TrainingConfig(arch, 0.05, 16, 0, 2, 5, 1, 256), JavaBlas.INSTANCE)
                .run(null, null);
        assertEquals(RunStatus.FINISHED, tame.status());
    }
}
