package io.forecourt.planning;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreWordsTest {

    @Test
    void aFeasibleScoreReadsAsRulesMetAndAPenalty() {
        assertThat(ScoreWords.of(HardSoftLongScore.of(0, -19710)))
                .isEqualTo("Meets every hard rule · trade-off penalty 19,710 (lower is better)");
    }

    @Test
    void brokenHardRulesAndPriorityPenaltiesAreSaid() {
        assertThat(ScoreWords.of(HardMediumSoftLongScore.of(-2, -5, -1200)))
                .startsWith("Breaks hard rules (2 points over)").contains("priority penalty 5").contains("1,200");
    }

    @Test
    void constraintPenaltiesAreShownWithoutLevelCodes() {
        assertThat(new ScoreBreakdown.ConstraintScore("x", "Compact", "soft", "-19710soft", 3, List.of()).penalty())
                .isEqualTo("19,710");
        assertThat(ScoreBreakdown.ConstraintScore.penalty("-2hard/-5soft")).isEqualTo("2 hard, 5");
    }

    @Test
    void progressAndTimeLeftFollowTheTimeLimit() {
        JobView solving = new JobView("j", "k", JobState.SOLVING, "planner1", OffsetDateTime.now(), 7_500, 30_000L,
                null, null, null, null);
        assertThat(solving.progressPercent()).isEqualTo(25);
        assertThat(solving.timeLeft()).isEqualTo("about 23 s left");
        assertThat(solving.limit()).isEqualTo("30 s");
        JobView done = new JobView("j", "k", JobState.FINISHED, "planner1", OffsetDateTime.now(), 30_100, 30_000L,
                "0hard/-1soft", true, null, "Meets every hard rule");
        assertThat(done.progressPercent()).isEqualTo(100);
        assertThat(done.timeLeft()).isEmpty();
    }
}
