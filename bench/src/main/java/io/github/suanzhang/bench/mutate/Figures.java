package io.github.suanzhang.bench.mutate;

import io.github.suanzhang.core.number.Amount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Plausible changes of printed figures: same printed precision, same unit. */
final class Figures {
    private Figures() {
    }

    /** ×factor, rounded half-up to the printed decimals; never equal to the original (then +1 in the last digit). */
    static BigDecimal times(BigDecimal v, int decimals, String factor) {
        int d = Math.max(0, decimals);
        BigDecimal r = v.multiply(new BigDecimal(factor)).setScale(d, RoundingMode.HALF_UP);
        if (r.compareTo(v) == 0) {
            r = lastDigit(v, d);
        }
        return r;
    }

    /** +1 in the last printed digit. */
    static BigDecimal lastDigit(BigDecimal v, int decimals) {
        int d = Math.max(0, decimals);
        return v.setScale(d, RoundingMode.HALF_UP).add(BigDecimal.ONE.scaleByPowerOfTen(-d));
    }

    /** A percentage +points, or −points where + would pass 100 (a share) — same decimals. */
    static BigDecimal points(BigDecimal v, int decimals, int points, boolean capAt100) {
        int d = Math.max(0, decimals);
        BigDecimal p = BigDecimal.valueOf(points);
        BigDecimal up = v.add(p).setScale(d, RoundingMode.HALF_UP);
        if (capAt100 && up.compareTo(BigDecimal.valueOf(100)) > 0) {
            BigDecimal down = v.subtract(p).setScale(d, RoundingMode.HALF_UP);
            return down.signum() < 0 ? null : down;
        }
        return up;
    }

    static Amount with(Amount a, BigDecimal v) {
        return new Amount(v, a.decimals(), a.unit(), format(v, a.decimals(), a.raw() != null && a.raw().contains(","))
                + (a.raw() != null && a.raw().endsWith(a.unit().label()) ? a.unit().label() : ""));
    }

    /** The figure printed as the original was: same decimals, thousands separators if it had them. */
    static String format(BigDecimal v, int decimals, boolean grouped) {
        int d = Math.max(0, decimals);
        if (!grouped) {
            return v.setScale(d, RoundingMode.HALF_UP).toPlainString();
        }
        DecimalFormat f = new DecimalFormat("#,##0" + (d > 0 ? "." + "0".repeat(d) : ""), DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }
}
