package org.igrexplorer.core.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SyntheticDataTest {

    @ParameterizedTest
    @EnumSource(SyntheticData.Kind.class)
    void sameSeedSameData_otherSeedOtherData(SyntheticData.Kind kind) {
        DataSplit a = SyntheticData.generate(kind, 200, 50, 0.05, 7);
        DataSplit b = SyntheticData.generate(kind, 200, 50, 0.05, 7);
        DataSplit c = SyntheticData.generate(kind, 200, 50, 0.05, 8);
        assertEquals(200, a.train().size());
        assertEquals(50, a.test().size());
        assertEquals(kind.classes(), a.train().classes());
        assertEquals(a.train().feature(17, 1), b.train().feature(17, 1));
        assertNotEquals(a.train().feature(17, 1), c.train().feature(17, 1));
        int[] counts = new int[kind.classes()];
        for (int i = 0; i < 200; i++) {
            counts[a.train().label(i)]++;
        }
        for (int k = 0; k < kind.classes(); k++) {
            // spirals and blobs alternate classes exactly; XOR's quadrants are balanced within 15%
            assertEquals(200.0 / kind.classes(), counts[k], kind == SyntheticData.Kind.XOR ? 15 : 0);
        }
    }
}
