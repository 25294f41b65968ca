#include "plan/schedule.hpp"

#include <gtest/gtest.h>

namespace regiotwin {
namespace {

Intervention capacity(YearMonth start, double cost_per_year, Payer funder = Payer::transformatiemiddelen) {
  Intervention i;
  i.type = InterventionType::capacity;
  i.start = start;
  i.cost_per_year = cost_per_year;
  i.funder = funder;
  return i;
}

double paid(const PlanSchedule& s, std::size_t k, int month, Payer p) {
  return s.cost[k][static_cast<std::size_t>(month)][payer_index(p)];
}

}  // namespace

// The effect waits for the lag, grows by 1/ramp a month, and stops after the end.
TEST(PlanSchedule, EffectRampsAfterTheLagAndStopsAfterTheEnd) {
  Intervention i = capacity(YearMonth(2025, 1), 0.0, Payer::zvw);
  i.type = InterventionType::prevention;
  i.numbers["lag_months"] = 2;
  i.ramp_months = 4;
  i.end = YearMonth(2025, 12);
  const std::vector<double> expected = {0, 0, 0.25, 0.5, 0.75, 1, 1, 1, 1, 1, 1, 1, 0, 0};
  const PlanSchedule s = schedule_plan(std::span(&i, 1), YearMonth(2025, 1), 14, {});
  for (int m = 0; m < 14; ++m) EXPECT_DOUBLE_EQ(s.effect_of(0, m), expected[static_cast<std::size_t>(m)]) << m;
  EXPECT_EQ(effect_by_dates(i, YearMonth(2024, 12)), 0.0);
}

// Cost runs from start to end, a twelfth of the yearly cost a month, to the funder.
TEST(PlanSchedule, CostGoesToTheFunderWhileItRuns) {
  Intervention i = capacity(YearMonth(2025, 3), 120000.0, Payer::wmo);
  i.end = YearMonth(2025, 5);
  const PlanSchedule s = schedule_plan(std::span(&i, 1), YearMonth(2025, 1), 8, {});
  double total = 0.0;
  for (int m = 0; m < 8; ++m) {
    const double expected = m >= 2 && m <= 4 ? 10000.0 : 0.0;
    EXPECT_EQ(paid(s, 0, m, Payer::wmo), expected) << m;
    for (std::size_t p = 0; p < n_payers; ++p) total += s.cost[0][static_cast<std::size_t>(m)][p];
  }
  EXPECT_EQ(total, 30000.0);
}

// Two interventions draw on funds of 30,000 at 10,000 a month each: the funds run out in the
// second month; one without funder_after stops, one with it goes on paid by the municipality.
TEST(PlanSchedule, WhenTheFundsRunOutFunderAfterPaysOrItStops) {
  std::vector<Intervention> plan = {capacity(YearMonth(2025, 1), 120000.0), capacity(YearMonth(2025, 1), 120000.0)};
  plan[0].funder_after = Payer::wmo;
  const PlanSchedule s = schedule_plan(plan, YearMonth(2025, 1), 4, FundsSettings{30000.0, 2027});
  ASSERT_TRUE(s.funds_run_out);
  EXPECT_EQ(s.funds_run_out->str(), "2025-02");
  EXPECT_EQ(s.funds_spent, 30000.0);
  // Month 1: both from the funds.
  EXPECT_EQ(paid(s, 0, 0, Payer::transformatiemiddelen), 10000.0);
  EXPECT_EQ(paid(s, 1, 0, Payer::transformatiemiddelen), 10000.0);
  // Month 2: the first takes the last 10,000; the second finds nothing and stops.
  EXPECT_EQ(paid(s, 0, 1, Payer::transformatiemiddelen), 10000.0);
  EXPECT_EQ(s.effect_of(1, 1), 0.0);
  EXPECT_EQ(paid(s, 1, 1, Payer::transformatiemiddelen), 0.0);
  // Month 3 on: the first is paid by its funder_after, with full effect.
  EXPECT_EQ(paid(s, 0, 2, Payer::wmo), 10000.0);
  EXPECT_EQ(s.effect_of(0, 3), 1.0);
  EXPECT_EQ(s.effect_of(1, 3), 0.0);
}

// After the funds' last year they pay nothing, however much is left.
TEST(PlanSchedule, FundsCloseAfterTheirLastYear) {
  Intervention i = capacity(YearMonth(2027, 11), 12000.0);
  i.funder_after = Payer::zvw;
  const PlanSchedule s = schedule_plan(std::span(&i, 1), YearMonth(2027, 11), 4, FundsSettings{1e9, 2027});
  EXPECT_EQ(paid(s, 0, 1, Payer::transformatiemiddelen), 1000.0);  // December 2027
  EXPECT_EQ(paid(s, 0, 2, Payer::transformatiemiddelen), 0.0);     // January 2028
  EXPECT_EQ(paid(s, 0, 2, Payer::zvw), 1000.0);
  EXPECT_FALSE(s.funds_run_out);  // closed, not spent
  EXPECT_EQ(s.funds_spent, 2000.0);
}

}  // namespace regiotwin
