// A regioplan in whole runs: what it must and must not change (issue 5's tests).
#include <gtest/gtest.h>

#include <map>

#include <fmt/format.h>

#include <cmath>
#include <string>

#include "plan/business_case.hpp"
#include "plan/comparison.hpp"
#include "sim/simulation.hpp"
#include "test_support.hpp"

namespace regiotwin {
namespace {

// A 5% sample of regio-zwolle (about 24,000 residents) over two years.
const Region& small_region() {
  static const Region region = sampled(testing_support::embedded_region("regio-zwolle"), 0.05);
  return region;
}

Intervention make(InterventionType type, const std::map<std::string, double>& numbers,
                  const std::map<std::string, std::string>& names = {}, double cost_per_year = 0.0) {
  Intervention i;
  i.type = type;
  i.name = "test";
  i.owner = Party::gemeente;
  i.funder = Payer::wmo;
  i.start = YearMonth(2024, 3);
  i.cost_per_year = cost_per_year;
  i.numbers.insert(numbers.begin(), numbers.end());
  i.numbers.emplace("lag_months", 0.0);
  for (const auto& [k, v] : names) i.names[k] = v;
  return i;
}

// Every type at zero effect.
std::vector<Intervention> zero_effect_plan(double cost_per_year) {
  return {
      make(InterventionType::prevention, {{"incidence_change", 0.0}}, {{"state", "lonely"}}, cost_per_year),
      make(InterventionType::social_base, {{"extra_fte", 0.0}}, {{"place", "welzijn"}}, cost_per_year),
      make(InterventionType::referral, {{"extra_referral", 0.0}},
           {{"question", "social"}, {"from", "gp"}, {"to", "welzijn"}}, cost_per_year),
      make(InterventionType::ehealth, {{"digital_share", 0.0}, {"time_saving", 0.5}}, {{"place", "gp"}}, cost_per_year),
      make(InterventionType::admin_reduction, {{"productivity_gain", 0.0}}, {{"profession", "district_nurse"}},
           cost_per_year),
      make(InterventionType::retention, {{"turnover_change", 0.0}}, {{"profession", "ltc_carer"}}, cost_per_year),
      make(InterventionType::housing_elderly, {{"wlz_admission_change", 0.0}, {"home_nursing_per_avoided", 1.0}}, {},
           cost_per_year),
      make(InterventionType::capacity, {{"extra_fte", 0.0}}, {{"profession", "gp"}}, cost_per_year),
  };
}

RunPlan two_years(std::vector<Intervention> interventions = {}) {
  RunPlan plan{YearMonth(2024, 1), YearMonth(2025, 12), 11, 2, {}};
  plan.interventions = std::move(interventions);
  return plan;
}

SimulationResult run(const RunPlan& plan, const ParameterSet& params = {}) {
  Simulation simulation(small_region(), params, plan);
  simulation.run();
  return simulation.result();
}

}  // namespace

// An intervention without effect reproduces the baseline bit for bit: persons, places, workforce,
// flows; with a cost, only the money booked on the interventions line (and the totals) differs.
TEST(PlanRuns, ZeroEffectReproducesTheBaselineBitForBit) {
  const SimulationResult base = run(two_years());
  for (const double cost : {0.0, 120000.0}) {
    const SimulationResult plan = run(two_years(zero_effect_plan(cost)));
    for (int m = 0; m < base.months(); ++m) {
      for (std::size_t g = 0; g < base.municipality_count(); ++g) {
        for (std::size_t i = 0; i < n_indicators; ++i) {
          const auto indicator = static_cast<Indicator>(i);
          if (cost > 0.0 && spec(indicator).unit == "EUR") continue;
          ASSERT_EQ(plan.at(m, g, indicator), base.at(m, g, indicator)) << spec(indicator).name << " month " << m;
        }
        for (std::size_t p = 0; p < n_places; ++p) {
          for (std::size_t k = 0; k < n_place_measures; ++k) {
            ASSERT_EQ(plan.place(m, g, static_cast<Place>(p), static_cast<PlaceMeasure>(k)),
                      base.place(m, g, static_cast<Place>(p), static_cast<PlaceMeasure>(k)));
          }
        }
        for (std::size_t r = 0; r < n_professions; ++r) {
          for (std::size_t k = 0; k < n_profession_measures; ++k) {
            ASSERT_EQ(plan.profession(m, g, static_cast<Profession>(r), static_cast<ProfessionMeasure>(k)),
                      base.profession(m, g, static_cast<Profession>(r), static_cast<ProfessionMeasure>(k)));
          }
        }
        for (std::size_t p = 0; p < n_payers; ++p) {
          for (std::size_t l = 0; l < n_cost_lines; ++l) {
            if (static_cast<CostLine>(l) == CostLine::interventions) continue;
            ASSERT_EQ(plan.cost(m, g, static_cast<Payer>(p), static_cast<CostLine>(l)),
                      base.cost(m, g, static_cast<Payer>(p), static_cast<CostLine>(l)));
          }
        }
      }
    }
  }
}

// Money is conserved with a plan too: the payers' amounts, the lines' amounts and the total agree
// every month, and the interventions' cost is what the plan says, shared over the municipalities.
TEST(PlanRuns, InterventionCostIsBookedAndMoneyConserved) {
  const double per_year = 240000.0;
  const SimulationResult plan = run(two_years(zero_effect_plan(per_year)));
  for (int m = 0; m < plan.months(); ++m) {
    double interventions = 0.0;
    for (std::size_t g = 0; g < plan.municipality_count(); ++g) {
      double by_payer = 0.0;
      for (std::size_t p = 0; p < n_payers; ++p) {
        for (std::size_t l = 0; l < n_cost_lines; ++l)
          by_payer += plan.cost(m, g, static_cast<Payer>(p), static_cast<CostLine>(l));
      }
      EXPECT_NEAR(by_payer, plan.at(m, g, Indicator::cost_total), 1e-6 * by_payer);
      interventions += plan.cost(m, g, Payer::wmo, CostLine::interventions);
    }
    const double expected = m >= 2 ? 8 * per_year / 12.0 : 0.0;  // eight interventions from March 2024
    EXPECT_NEAR(interventions, expected, 1e-6) << m;
  }
}

// Welzijn op recept: where welfare work has room (so nobody gives up there and turns back to the
// GP), a larger referral probability never raises the GP's load or waiting.
TEST(PlanRuns, MoreReferralNeverRaisesGpLoadOrWaiting) {
  ParameterSet params;
  params.set_scalar("gp_start_capacity_ratio", 0.97, {"test", 0, ""});
  params.set_scalar("welzijn_start_capacity_ratio", 3.0, {"test", 0, ""});
  std::vector<SimulationResult> runs;
  for (const double extra : {0.0, 0.1, 0.3}) {
    runs.push_back(run(two_years({make(InterventionType::referral, {{"extra_referral", extra}},
                                       {{"question", "social"}, {"from", "gp"}, {"to", "welzijn"}})}),
                       params));
  }
  for (std::size_t k = 1; k < runs.size(); ++k) {
    for (int m = 0; m < runs[k].months(); ++m) {
      ASSERT_LE(runs[k].region(m, Indicator::gp_demand), runs[k - 1].region(m, Indicator::gp_demand) * (1 + 1e-12))
          << m;
      ASSERT_LE(runs[k].region(m, Indicator::gp_waiting),
                runs[k - 1].region(m, Indicator::gp_waiting) * (1 + 1e-12) + 1e-9)
          << m;
    }
  }
  EXPECT_LT(runs[2].region(23, Indicator::gp_demand), runs[0].region(23, Indicator::gp_demand));
}

// Retention: less turnover never lowers the profession's FTE.
TEST(PlanRuns, MoreRetentionNeverLowersFte) {
  std::vector<SimulationResult> runs;
  for (const double change : {0.0, -0.1, -0.3}) {
    runs.push_back(run(
        two_years({make(InterventionType::retention, {{"turnover_change", change}}, {{"profession", "ltc_carer"}})})));
  }
  for (std::size_t k = 1; k < runs.size(); ++k) {
    for (int m = 0; m < runs[k].months(); ++m) {
      for (std::size_t g = 0; g < runs[k].municipality_count(); ++g) {
        ASSERT_GE(runs[k].profession(m, g, Profession::ltc_carer, ProfessionMeasure::fte),
                  runs[k - 1].profession(m, g, Profession::ltc_carer, ProfessionMeasure::fte));
      }
    }
  }
  EXPECT_GT(runs[2].profession(23, 0, Profession::ltc_carer, ProfessionMeasure::fte),
            runs[0].profession(23, 0, Profession::ltc_carer, ProfessionMeasure::fte));
}

// Prevention lowers the state's prevalence against the baseline of the same seed.
TEST(PlanRuns, PreventionLowersItsState) {
  const SimulationResult base = run(two_years());
  const SimulationResult plan =
      run(two_years({make(InterventionType::prevention, {{"incidence_change", -0.5}}, {{"state", "lonely"}})}));
  EXPECT_LT(plan.region(23, Indicator::lonely), 0.97 * base.region(23, Indicator::lonely));
  EXPECT_EQ(plan.region(1, Indicator::lonely), base.region(1, Indicator::lonely));  // before the start: the same
}

// The comparison: plan and baseline with common random numbers, identical at any thread count; a
// plan without interventions differs from its baseline nowhere.
TEST(PlanRuns, ComparisonIsDeterministicAndCommonRandomNumbers) {
  const ParameterSet params;
  const RightPlaces right = RoutingSetup::from(params).right;
  RunPlan plan = two_years({make(InterventionType::capacity, {{"extra_fte", 3.0}}, {{"profession", "gp"}}, 50000.0)});
  plan.threads = 1;
  const Comparison one = compare_plan(small_region(), params, plan, 3, right);
  plan.threads = 2;
  const Comparison two = compare_plan(small_region(), params, plan, 3, right);
  EXPECT_EQ(one.baseline, two.baseline);
  EXPECT_EQ(one.plan, two.plan);
  EXPECT_NE(one.baseline[0], one.baseline[1]);  // replications differ
  plan.interventions.clear();
  const Comparison none = compare_plan(small_region(), params, plan, 2, right);
  EXPECT_EQ(none.baseline, none.plan);
}

// With one replication quantiles are the values: the municipality's net is its four laws' nets.
TEST(PlanRuns, BusinessCaseAddsTheLawsUpToTheMunicipality) {
  const ParameterSet params;
  RunPlan plan =
      two_years({make(InterventionType::social_base, {{"extra_fte", 4.0}}, {{"place", "welzijn"}}, 300000.0)});
  const Comparison c = compare_plan(small_region(), params, plan, 1, RoutingSetup::from(params).right);
  const std::string csv = business_case_csv(c);
  const auto value = [&csv](const std::string& prefix) {
    const std::size_t at = csv.find(prefix);
    EXPECT_NE(at, std::string::npos) << prefix;
    const std::string line = csv.substr(at, csv.find('\n', at) - at);
    return std::stod(line.substr(line.rfind(',') + 1));  // p95 = p50 = p5 with one replication
  };
  double laws = 0.0;
  for (const char* law : {"wmo", "jeugdwet", "participatiewet", "welzijn_subsidie"}) {
    laws += value(fmt::format("payer,2025,{},,cumulative_net,EUR,", law));
  }
  EXPECT_NEAR(value("party,2025,gemeente,,cumulative_net,EUR,"), laws, 1e-6 * std::abs(laws) + 1e-6);
  EXPECT_EQ(value("payer,2025,wmo,,intervention_cost,EUR,"), 300000.0);  // a whole year of it
}

TEST(Quantiles, InterpolateBetweenOrderStatistics) {
  const Quantiles q = quantiles({5.0, 1.0, 3.0, 2.0, 4.0});
  EXPECT_DOUBLE_EQ(q.p50, 3.0);
  EXPECT_DOUBLE_EQ(q.p5, 1.2);   // h = 0.05 * 4 = 0.2
  EXPECT_DOUBLE_EQ(q.p95, 4.8);  // h = 3.8
  const Quantiles one = quantiles({7.0});
  EXPECT_EQ(one.p5, 7.0);
  EXPECT_EQ(one.p95, 7.0);
}

}  // namespace regiotwin
