package dev.kizuna.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The fast decimal path must give exactly the double that {@link Double#parseDouble} gives. */
class NumberParsingPropertiesTest {

    @Property(tries = 2000)
    void shortDecimalsParseLikeTheJdk(@ForAll @LongRange(min = -999_999_999_999_999L, max = 999_999_999_999_999L) long unscaled,
                                      @ForAll @IntRange(min = 0, max = 15) int scale) {
        String text = BigDecimal.valueOf(unscaled, scale).toPlainString();
        assertThat(RowValues.parseDecimal(text)).as(text).isEqualTo(Double.parseDouble(text));
    }

    @Property(tries = 500)
    void anyDoubleWrittenOutParsesBack(@ForAll double value) {
        String text = Double.toString(value);
        double expected = Double.isFinite(value) ? value : Double.NaN;
        assertThat(RowValues.parseDecimal(text)).as(text).isEqualTo(expected);
    }
}
