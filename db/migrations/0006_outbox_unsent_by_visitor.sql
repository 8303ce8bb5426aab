-- Loket schema 6: erasing a visitor (on request or by the retention job) anonymises the reservations
-- still waiting in the outbox. Finding them read every unsent operation with json_extract: the
-- retention job at night grew slower with every operation the day had written (issue 9's day
-- simulation: 20 ms a step), and until sync drains the outbox a kiosk of years would read millions.
-- Only unsent reservation.created operations are in this index, so a check-in writes nothing to it.
CREATE INDEX outbox_unsent_by_visitor ON outbox (json_extract(payload, '$.visitorId'))
  WHERE pushed_at IS NULL AND op_type = 'reservation.created';
