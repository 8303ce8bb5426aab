-- Loket schema 21 (issue 9): visits_started (started_at) goes. visits_recap (0016) begins with the
-- same column, so every range and order by started_at reads that index just as well
-- (test/db/queryPlans.test.ts), and each check-in, check-out and pulled visit writes one B-tree less.
DROP INDEX visits_started;
