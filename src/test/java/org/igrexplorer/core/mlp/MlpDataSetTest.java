package org.igrexplorer.core.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One definition of each data set: a small set is the head of a large one, whoever asks. */
class MlpDataSetTest {

    @ParameterizedTest
    @EnumSource(value = MlpDataSet.class, names = {"SPIRALS", "BLOBS", "XOR"})
    void aSmallSetIsTheHeadOfALargeOne(MlpDataSet set) throws IOException {
        DataSplit small = set.load(Path.of("unused"), 200, 100);
        DataSplit large = set.load(Path.of("unused"), 2000, 500);
        for (int i = 0; i < 200; i++) {
            for (int f = 0; f < 2; f++) {
                assertEquals(large.train().feature(i, f), small.train().feature(i, f));
            }
            assertEquals(large.train().label(i), small.train().label(i));
        }
        for (int i = 0; i < 100; i++) {
            assertEquals(large.test().feature(i, 0), small.test().feature(i, 0), "test points do not depend on n_train");
            assertEquals(large.test().label(i), small.test().label(i));
        }
        assertEquals(2, set.features());
        assertEquals(set.kind().classes(), set.classes());
    }

    @Test
    void theStandardSetUsesItsKindsNoise() throws IOException {
        DataSplit standard = MlpDataSet.BLOBS.load(Path.of("unused"), 50, 10);
        DataSplit explicit = SyntheticData.generate(SyntheticData.Kind.BLOBS, 50, 10, 0.25, SyntheticData.SEED);
        DataSplit other = MlpDataSet.BLOBS.load(Path.of("unused"), 50, 10, 0.1);
        assertEquals(explicit.train().feature(7, 0), standard.train().feature(7, 0));
        assertEquals(0.25, SyntheticData.Kind.BLOBS.noise());
        // same draws, less noise: the point lies nearer its blob centre
        double centreX = 0.6 * Math.cos(2 * Math.PI * (7 % 4) / 4);
        assertEquals(0.1 / 0.25, (other.train().feature(7, 0) - centreX) / (standard.train().feature(7, 0) - centreX),
                1e-5);
    }

    @Test
    void idsAndMnistShape() {
        assertEquals(MlpDataSet.SPIRALS, MlpDataSet.fromId(" Spirals "));
        assertEquals(784, MlpDataSet.MNIST.features());
        assertEquals(10, MlpDataSet.MNIST.classes());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MlpDataSet.fromId("iris"));
        assertEquals("unknown data set 'iris' (expected mnist, spirals, blobs or xor)", e.getMessage());
    }
}
