package com.tradesuite.domain.regime;

import java.io.Serializable;
import java.util.OptionalDouble;

/**
 * Wilder's Average Directional Index: directional movement and true range smoothed over {@code period} bars, DX =
 * 100 x |+DI - -DI| / (+DI + -DI), ADX = the Wilder average of DX; ready after {@code 2 x period} bars. O(1) state.
 *
 * @param seenBars bars folded so far
 * @param trueRange smoothed true range (a plain sum until {@code period} moves were seen)
 * @param plusDm smoothed +DM, likewise
 * @param minusDm smoothed -DM, likewise
 * @param dxSum sum of the first {@code period} DX values, while seeding the ADX
 * @param adx the ADX once ready, else NaN
 */
public record WilderAdx(int period, int seenBars, double previousHigh, double previousLow, double previousClose,
                        double trueRange, double plusDm, double minusDm, double dxSum, double adx)
        implements Serializable {

    public WilderAdx {
        if (period < 1) {
            throw new IllegalArgumentException("ADX period must be >= 1, was " + period);
        }
    }

    public static WilderAdx of(int period) {
        return new WilderAdx(period, 0, 0, 0, 0, 0, 0, 0, 0, Double.NaN);
    }

    public WilderAdx next(double high, double low, double close) {
        int seen = seenBars + 1;
        if (seenBars == 0) {
            return new WilderAdx(period, seen, high, low, close, 0, 0, 0, 0, Double.NaN);
        }
        double up = high - previousHigh;
        double down = previousLow - low;
        double plus = up > down && up > 0 ? up : 0;
        double minus = down > up && down > 0 ? down : 0;
        double range = Math.max(high - low, Math.max(Math.abs(high - previousClose), Math.abs(low - previousClose)));
        int moves = seen - 1;
        double tr;
        double pdm;
        double mdm;
        if (moves <= period) {
            tr = trueRange + range;
            pdm = plusDm + plus;
            mdm = minusDm + minus;
        } else {
            tr = trueRange - trueRange / period + range;
            pdm = plusDm - plusDm / period + plus;
            mdm = minusDm - minusDm / period + minus;
        }
        double sum = dxSum;
        double average = adx;
        if (moves >= period) {
            double dx = dx(tr, pdm, mdm);
            int dxCount = moves - period + 1;
            if (dxCount < period) {
                sum += dx;
            } else if (dxCount == period) {
                average = (sum + dx) / period;
            } else {
                average = (adx * (period - 1) + dx) / period;
            }
        }
        return new WilderAdx(period, seen, high, low, close, tr, pdm, mdm, sum, average);
    }

    /** The ADX (0..100) once {@code 2 x period} bars were seen. */
    public OptionalDouble value() {
        return Double.isNaN(adx) ? OptionalDouble.empty() : OptionalDouble.of(adx);
    }

    private static double dx(double trueRange, double plusDm, double minusDm) {
        if (trueRange == 0) {
            return 0;
        }
        double plusDi = 100 * plusDm / trueRange;
        double minusDi = 100 * minusDm / trueRange;
        double sum = plusDi + minusDi;
        return sum == 0 ? 0 : 100 * Math.abs(plusDi - minusDi) / sum;
    }
}
