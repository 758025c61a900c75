package de.klimaflow.platform.process;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import de.klimaflow.support.KlimaflowTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The job executor's question "which jobs are due?" is answered from an index, not by reading every timer. */
@KlimaflowTest
class JobAcquisitionIndexTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theJobTableHasAnIndexOnTheDueDate() {
        assertThat(jdbc.queryForList(
                        "select indexdef from pg_indexes where tablename = 'act_ru_job' and indexname = ?",
                        String.class,
                        JobAcquisitionIndex.INDEX.toLowerCase(java.util.Locale.ROOT)))
                .singleElement()
                .asString()
                .endsWith("(duedate_)");
    }

    @Test
    void theAcquisitionsDueDateConditionCanUseIt() {
        // the planner takes the index once the table is large; forbidding the full scan shows it could
        List<String> plan = transaction.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return jdbc.queryForList(
                    "explain select ID_ from ACT_RU_JOB where RETRIES_ > 0"
                            + " and (DUEDATE_ is null or DUEDATE_ <= now()) limit 8",
                    String.class);
        });
        assertThat(String.join("\n", plan)).containsIgnoringCase(JobAcquisitionIndex.INDEX);
    }
}
