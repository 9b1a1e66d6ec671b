package org.igrexplorer.core.mlp;

import java.util.ArrayList;
import java.util.List;

/**
 * When and on what a training run measures its sharpness λ_max(∇²E): every {@code every} steps
 * (0 = never), on the first {@code examples} training examples (at most the training set; 5,000 as
 * in Cohen et al.).
 */
public record SharpnessSchedule(int every, int examples) {

    /** Examples of a measurement unless told otherwise (Cohen et al. use 5,000). */
    public static final int DEFAULT_EXAMPLES = 5000;

    /** No measurement. */
    public static final SharpnessSchedule NEVER = new SharpnessSchedule(0, DEFAULT_EXAMPLES);

    public SharpnessSchedule {
        List<String> p = problems(every, examples);
        if (!p.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", p));
        }
    }

    /** @return readable problems with these values (empty when valid) */
    public static List<String> problems(int every, int examples) {
        List<String> p = new ArrayList<>();
        if (every < 0) {
            p.add("sharpness period must be >= 0 steps (0 = never)");
        }
        if (examples < 1) {
            p.add("sharpness examples must be at least 1");
        }
        return p;
    }

    /** @return whether the sharpness is measured at this step */
    public boolean due(long step) {
        return every > 0 && step % every == 0;
    }
}
