package io.forecourt.forecast;

import io.forecourt.forecast.accuracy.Backtest;
import io.forecourt.forecast.accuracy.DealHistory;
import io.forecourt.forecast.accuracy.StatisticalForecast;
import io.forecourt.opportunity.Stage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StatisticalForecastTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    static final int[] PERCENT = {10, 25, 50, 75, 100, 0};

    private static DealHistory deal(long id, double amount, LocalDate expected, Object... stagesAndDays) {
        List<DealHistory.Entered> stages = new ArrayList<>();
        for (int i = 0; i < stagesAndDays.length; i += 2) {
            stages.add(new DealHistory.Entered((Stage) stagesAndDays[i], (LocalDate) stagesAndDays[i + 1]));
        }
        return new DealHistory(id, 1, amount, expected, stages);
    }

    /** Ten old negotiations: eight won after 10 days, two lost after 5. */
    private static List<DealHistory> history() {
        List<DealHistory> out = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 1, 10);
        for (int i = 0; i < 10; i++) {
            LocalDate in = start.plusDays(7L * i);
            out.add(i < 8 ? deal(i, 500, in, Stage.NEGOTIATION, in, Stage.CLOSED_WON, in.plusDays(10))
                    : deal(i, 500, in, Stage.NEGOTIATION, in, Stage.CLOSED_LOST, in.plusDays(5)));
        }
        return out;
    }

    private static StatisticalForecast.Model model() {
        return StatisticalForecast.learn(history(), AS_OF, s -> PERCENT[s.ordinal()]);
    }

    @Test
    void learnsEachStagesWinRateFromClosedDealsAndFallsBackToTheConfiguredOneWithoutHistory() {
        Map<Stage, Double> rates = model().winRates();
        assertThat(rates.get(Stage.NEGOTIATION)).isEqualTo(0.8);
        assertThat(rates.get(Stage.PROSPECTING)).isEqualTo(0.10);
    }

    @Test
    void aFreshNegotiationIsWonFourTimesInFiveWithinItsLearnedTime() {
        DealHistory open = deal(100, 1000, AS_OF.plusDays(30), Stage.NEGOTIATION, AS_OF.minusDays(2));
        StatisticalForecast.Result r = StatisticalForecast.forecast(model(), List.of(open), AS_OF, AS_OF.plusDays(30),
                AS_OF, 4000, 1L);
        assertThat(r.mean()).isCloseTo(800, within(30.0));
        assertThat(r.p10()).isEqualTo(0);
        assertThat(r.p90()).isEqualTo(1000);
        // it closes 8 days from now (10 learned days, 2 spent): not within the next 5
        assertThat(StatisticalForecast.forecast(model(), List.of(open), AS_OF, AS_OF.plusDays(5), AS_OF, 500, 1L).mean())
                .isZero();
    }

    @Test
    void aDealOlderThanEveryLearnedLossIsJudgedOnlyByTheMovesThatTookLonger() {
        DealHistory open = deal(101, 1000, AS_OF.plusDays(30), Stage.NEGOTIATION, AS_OF.minusDays(7));
        DealHistory won = deal(102, 300, AS_OF, Stage.NEGOTIATION, AS_OF.minusDays(20), Stage.CLOSED_WON, AS_OF.minusDays(1));
        StatisticalForecast.Result r = StatisticalForecast.forecast(model(), List.of(open, won), AS_OF.minusDays(10),
                AS_OF.plusDays(30), AS_OF, 500, 1L);
        assertThat(r.alreadyWon()).isEqualTo(300);
        assertThat(r.mean()).isEqualTo(1300); // only the wins (10 days) outlast 7 days in negotiation
        assertThat(r.openDeals()).isEqualTo(1);
    }

    @Test
    void theBacktestScoresEachMethodAtThePeriodsStartAndMiddle() {
        Period march = Period.parse("2025-03");
        List<DealHistory> deals = List.of(
                new DealHistory(1, 7, 1000, LocalDate.of(2025, 3, 15), List.of(
                        new DealHistory.Entered(Stage.NEGOTIATION, LocalDate.of(2025, 2, 20)),
                        new DealHistory.Entered(Stage.CLOSED_WON, LocalDate.of(2025, 3, 20)))),
                new DealHistory(2, 7, 2000, LocalDate.of(2025, 3, 10), List.of(
                        new DealHistory.Entered(Stage.PROPOSAL, LocalDate.of(2025, 2, 10)),
                        new DealHistory.Entered(Stage.CLOSED_LOST, LocalDate.of(2025, 3, 12)))));
        List<Backtest.Entry> entries = List.of(new Backtest.Entry(7, "2025-03", false, 1200, LocalDate.of(2025, 2, 27)),
                new Backtest.Entry(7, "2025-03", true, 900, LocalDate.of(2025, 3, 10)));
        Backtest.Result r = Backtest.run(deals, entries, List.of(march), Map.of(7L, 1L), s -> PERCENT[s.ordinal()], 100, 1L);
        // as of the start: 1000 × 75 % + 2000 × 50 % = 1750 against 1000 won
        assertThat(r.mape(Backtest.Method.WEIGHTED_PIPELINE, Backtest.Moment.START, "rep")).isCloseTo(0.75, within(1e-9));
        // mid-March (16th): the proposal is lost, the negotiation still open: 750
        assertThat(r.mape(Backtest.Method.WEIGHTED_PIPELINE, Backtest.Moment.MID, "rep")).isCloseTo(0.25, within(1e-9));
        assertThat(r.mape(Backtest.Method.SUBMITTED_COMMIT, Backtest.Moment.START, "rep")).isCloseTo(0.20, within(1e-9));
        assertThat(r.mape(Backtest.Method.ADJUSTED, Backtest.Moment.START, "rep")).isCloseTo(0.20, within(1e-9));
        assertThat(r.mape(Backtest.Method.ADJUSTED, Backtest.Moment.MID, "team")).isCloseTo(0.10, within(1e-9));
        assertThat(r.scores()).filteredOn(s -> s.method() == Backtest.Method.WEIGHTED_PIPELINE
                && s.moment() == Backtest.Moment.MID && s.level().equals("rep")).singleElement()
                .satisfies(s -> assertThat(s.bias()).isCloseTo(-0.25, within(1e-9)));
    }
}
