#include "care/workforce.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <random>
#include <string>

namespace regiotwin {
namespace {

constexpr double inhabitants = 100000.0;

const SourceLocation test_file{"test.yaml", 1, "parameters"};

AgeTable workforce_bands(const std::array<double, n_workforce_bands>& shares) {
  return AgeTable{{{0, 34}, {35, 44}, {45, 54}, {55, max_age}}, {shares.begin(), shares.end()}};
}

std::string param(Profession p, const std::string& what) {
  return "workforce_" + std::string(profession_names[static_cast<std::size_t>(p)]) + "_" + what;
}

Profession profession(std::size_t i) { return static_cast<Profession>(i); }

// Every workforce parameter drawn at random within the range a region might plausibly set.
ParameterSet random_parameters(std::mt19937_64& gen) {
  const auto draw = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(gen); };
  ParameterSet params;
  params.set_scalar("workforce_pension_age", draw(60.0, 75.0), test_file);
  params.set_scalar("gp_per_10000", draw(1.0, 20.0), test_file);
  params.set_scalar("gp_fte_per_gp", draw(0.3, 1.0), test_file);
  for (std::size_t i = 0; i < n_professions; ++i) {
    const Profession p = profession(i);
    if (p != Profession::gp) {
      params.set_scalar(param(p, "per_10000"), draw(1.0, 300.0), test_file);
      params.set_scalar(param(p, "fte_per_worker"), draw(0.3, 1.0), test_file);
    }
    std::array<double, n_workforce_bands> shares{};
    for (double& s : shares) s = draw(0.01, 1.0);
    const double sum = std::accumulate(shares.begin(), shares.end(), 0.0);
    for (double& s : shares) s /= sum;
    params.set_table(param(p, "age_shares"), workforce_bands(shares), test_file);
    params.set_scalar(param(p, "inflow_per_10000"), draw(0.0, 30.0), test_file);
    params.set_scalar(param(p, "turnover"), draw(0.0, 0.5), test_file);
    params.set_scalar(param(p, "entry_age"), draw(15.0, 34.0), test_file);
  }
  return params;
}

}  // namespace

TEST(WorkforceSettings, ReadsTheDeclaredDefaults) {
  const WorkforceSettings s = WorkforceSettings::from(ParameterSet{});
  EXPECT_EQ(s.pension_age, 67.0);

  // The GP reuses the GP practice's parameters.
  const ProfessionSettings& gp = s.of(Profession::gp);
  EXPECT_DOUBLE_EQ(gp.workers_per_inhabitant, 6.7 / 10000.0);
  EXPECT_DOUBLE_EQ(gp.fte_per_worker, 0.75);
  EXPECT_DOUBLE_EQ(gp.monthly_ageing[0], 1.0 / ((35.0 - 32.0) * 12.0));

  const ProfessionSettings& nurse = s.of(Profession::district_nurse);
  EXPECT_DOUBLE_EQ(nurse.workers_per_inhabitant, 30.0 / 10000.0);
  EXPECT_DOUBLE_EQ(nurse.fte_per_worker, 0.68);
  EXPECT_DOUBLE_EQ(nurse.inflow_per_inhabitant_month, 3.4 / 10000.0 / 12.0);
  EXPECT_NEAR(std::pow(1.0 - nurse.monthly_turnover, 12.0), 1.0 - 0.09, 1e-12);
  EXPECT_DOUBLE_EQ(nurse.monthly_ageing[1], 1.0 / 120.0);
  EXPECT_DOUBLE_EQ(nurse.monthly_ageing[oldest_workforce_band], 1.0 / ((67.0 - 55.0) * 12.0));
  EXPECT_THAT(nurse.age_shares, testing::ElementsAre(0.28, 0.20, 0.24, 0.28));

  for (std::size_t i = 0; i < n_professions; ++i) {
    SCOPED_TRACE(profession_names[i]);
    const ProfessionSettings& p = s.professions[i];
    EXPECT_NEAR(std::accumulate(p.age_shares.begin(), p.age_shares.end(), 0.0), 1.0, 1e-12);
    EXPECT_GT(p.workers_per_inhabitant, 0.0);
    for (const double a : p.monthly_ageing) {
      EXPECT_GT(a, 0.0);
      EXPECT_LT(a, 1.0);
    }
  }
}

TEST(WorkforceSettings, RejectsSharesThatDoNotAddToOne) {
  ParameterSet params;
  params.set_table("workforce_poh_ggz_age_shares", workforce_bands({0.5, 0.5, 0.5, 0.5}), test_file);
  try {
    (void)WorkforceSettings::from(params);
    FAIL() << "accepted age shares adding up to 2";
  } catch (const ValidationError& e) {
    EXPECT_THAT(e.what(), testing::HasSubstr("workforce_poh_ggz_age_shares"));
    EXPECT_THAT(e.what(), testing::HasSubstr("add up to 2"));
  }
}

TEST(WorkforceSettings, RejectsOtherAgeBands) {
  ParameterSet params;
  params.set_table("workforce_ltc_carer_age_shares", AgeTable{{{0, 44}, {45, max_age}}, {0.5, 0.5}}, test_file);
  EXPECT_THAT([&] { (void)WorkforceSettings::from(params); },
              testing::ThrowsMessage<ValidationError>(testing::HasSubstr("workforce_ltc_carer_age_shares")));
}

// Rates that cannot be (a yearly turnover above one, an entry age past the youngest band, a
// pension age inside the oldest band) are refused by the registry, naming the parameter.
TEST(WorkforceSettings, RegistryRejectsImpossibleRates) {
  ParameterSet params;
  const auto refused = [&](const std::string& name, double value) {
    EXPECT_THAT([&] { params.set_scalar(name, value, test_file); },
                testing::ThrowsMessage<ValidationError>(testing::HasSubstr(name)))
        << name << " = " << value;
  };
  refused("workforce_youth_worker_turnover", 1.5);
  refused("workforce_youth_worker_turnover", -0.1);
  refused("workforce_gp_entry_age", 40.0);
  refused("workforce_pension_age", 50.0);
}

// Stock-flow identity, every month and profession, for random parameters: the FTE at the end is
// the FTE at the start plus inflow less turnover and retirement, and each month starts where the
// last one ended.
TEST(Workforce, StockFlowIdentityEveryMonthForRandomParameters) {
  std::mt19937_64 gen(2024);
  for (int trial = 0; trial < 40; ++trial) {
    Workforce workforce(WorkforceSettings::from(random_parameters(gen)), inhabitants);
    std::array<double, n_professions> previous_end{};
    for (std::size_t i = 0; i < n_professions; ++i) previous_end[i] = workforce.available_fte(profession(i));
    for (int month = 0; month < 120; ++month) {
      const WorkforceMonth m = workforce.step();
      for (std::size_t i = 0; i < n_professions; ++i) {
        SCOPED_TRACE(profession_names[i]);
        const ProfessionMonth& f = m.professions[i];
        const double scale = f.fte_start + f.inflow;
        ASSERT_NEAR(f.fte_end, f.fte_start + f.inflow - f.turnover - f.retirement, 1e-9 * scale) << month;
        ASSERT_NEAR(f.fte_start, previous_end[i], 1e-9 * scale);
        ASSERT_NEAR(f.fte_end, workforce.available_fte(profession(i)), 1e-9 * scale);
        ASSERT_GE(f.turnover, 0.0);
        ASSERT_GE(f.retirement, 0.0);
        for (std::size_t b = 0; b < n_workforce_bands; ++b) ASSERT_GE(workforce.workers(profession(i), b), 0.0);
        previous_end[i] = f.fte_end;
      }
    }
  }
}

// Ageing moves workers between bands and loses none: without turnover, inflow and retirement the
// total stays put while the workforce grows older.
TEST(Workforce, AgeingConservesWorkers) {
  WorkforceSettings settings = WorkforceSettings::from(ParameterSet{});
  for (ProfessionSettings& s : settings.professions) {
    s.monthly_turnover = 0.0;
    s.inflow_per_inhabitant_month = 0.0;
    s.monthly_ageing[oldest_workforce_band] = 0.0;
  }
  Workforce workforce(settings, inhabitants);
  for (std::size_t i = 0; i < n_professions; ++i) {
    SCOPED_TRACE(profession_names[i]);
    const Profession p = profession(i);
    const double total = workforce.workers(p);
    double oldest = workforce.workers(p, oldest_workforce_band);
    double youngest = workforce.workers(p, 0);
    for (int month = 0; month < 600; ++month) {
      const ProfessionMonth f = workforce.step().of(p);
      ASSERT_EQ(f.retirement, 0.0);
      ASSERT_EQ(f.turnover, 0.0);
      ASSERT_NEAR(workforce.workers(p), total, 1e-12 * total);
      ASSERT_GE(workforce.workers(p, oldest_workforce_band), oldest);
      ASSERT_LE(workforce.workers(p, 0), youngest);
      oldest = workforce.workers(p, oldest_workforce_band);
      youngest = workforce.workers(p, 0);
    }
    EXPECT_GT(oldest, 0.9 * total) << "after 50 years nearly everyone is in the oldest band";
  }
}

// Closed form: with no inflow, a yearly turnover R (monthly r = 1 - (1 - R)^(1/12)) and no
// retirement within the horizon, the stock after t months is (1 - r)^t times the start; the
// youngest band, which nobody ages into, is ((1 - r)(1 - a0))^t times its start.
TEST(Workforce, TurnoverAloneGivesGeometricDecline) {
  ParameterSet params;
  params.set_scalar("workforce_district_nurse_turnover", 0.12, test_file);
  params.set_scalar("workforce_district_nurse_inflow_per_10000", 0.0, test_file);
  WorkforceSettings settings = WorkforceSettings::from(params);
  settings.of(Profession::district_nurse).monthly_ageing[oldest_workforce_band] = 0.0;  // pension beyond the horizon
  Workforce workforce(settings, inhabitants);

  const Profession p = Profession::district_nurse;
  const double r = 1.0 - std::pow(0.88, 1.0 / 12.0);
  const double a0 = settings.of(p).monthly_ageing[0];
  const double start = workforce.workers(p);
  const double start_youngest = workforce.workers(p, 0);
  for (int t = 1; t <= 240; ++t) {
    (void)workforce.step();
    const double expected = start * std::pow(1.0 - r, t);
    ASSERT_NEAR(workforce.workers(p), expected, 1e-12 * start) << t;
    ASSERT_NEAR(workforce.workers(p, 0), start_youngest * std::pow((1.0 - r) * (1.0 - a0), t), 1e-12 * start) << t;
    if (t % 12 == 0) {
      ASSERT_NEAR(workforce.workers(p), start * std::pow(0.88, t / 12), 1e-12 * start) << t;
    }
  }
}

// A workforce at its stationary age distribution, with inflow equal to turnover plus retirement,
// stays where it is. Stationary: S0 = I / (1 - (1-r)(1-a0)) and, for older bands,
// Sb = (1-r) a(b-1) S(b-1) / (1 - (1-r)(1-ab)).
TEST(Workforce, StationaryPopulationStaysStationary) {
  WorkforceSettings settings = WorkforceSettings::from(ParameterSet{});
  for (ProfessionSettings& s : settings.professions) {
    const double r = s.monthly_turnover;
    std::array<double, n_workforce_bands> stock{};
    double arriving = s.inflow_per_inhabitant_month;
    for (std::size_t b = 0; b < n_workforce_bands; ++b) {
      stock[b] = arriving / (1.0 - (1.0 - r) * (1.0 - s.monthly_ageing[b]));
      arriving = (1.0 - r) * s.monthly_ageing[b] * stock[b];
    }
    s.workers_per_inhabitant = std::accumulate(stock.begin(), stock.end(), 0.0);
    for (std::size_t b = 0; b < n_workforce_bands; ++b) s.age_shares[b] = stock[b] / s.workers_per_inhabitant;
  }
  Workforce workforce(settings, inhabitants);
  std::array<std::array<double, n_workforce_bands>, n_professions> start{};
  for (std::size_t i = 0; i < n_professions; ++i) {
    for (std::size_t b = 0; b < n_workforce_bands; ++b) start[i][b] = workforce.workers(profession(i), b);
  }
  for (int month = 0; month < 600; ++month) {
    const WorkforceMonth m = workforce.step();
    for (std::size_t i = 0; i < n_professions; ++i) {
      SCOPED_TRACE(profession_names[i]);
      const ProfessionMonth& f = m.professions[i];
      ASSERT_NEAR(f.inflow, f.turnover + f.retirement, 1e-9 * f.inflow) << month;
      for (std::size_t b = 0; b < n_workforce_bands; ++b) {
        ASSERT_NEAR(workforce.workers(profession(i), b), start[i][b], 1e-9 * start[i][b]) << month << " band " << b;
      }
    }
  }
}

// Monotonicity: more inflow never leaves fewer FTE, and more turnover never leaves more.
TEST(Workforce, MoreInflowOrLessTurnoverNeverLeavesFewerFte) {
  std::mt19937_64 gen(7);
  for (int trial = 0; trial < 20; ++trial) {
    const WorkforceSettings base = WorkforceSettings::from(random_parameters(gen));
    WorkforceSettings more_inflow = base;
    WorkforceSettings more_turnover = base;
    for (std::size_t i = 0; i < n_professions; ++i) {
      more_inflow.professions[i].inflow_per_inhabitant_month *= 1.3;
      more_turnover.professions[i].monthly_turnover = std::min(1.0, base.professions[i].monthly_turnover * 1.3 + 1e-4);
    }
    Workforce reference(base, inhabitants);
    Workforce richer(more_inflow, inhabitants);
    Workforce leakier(more_turnover, inhabitants);
    for (int month = 0; month < 120; ++month) {
      (void)reference.step();
      (void)richer.step();
      (void)leakier.step();
      for (std::size_t i = 0; i < n_professions; ++i) {
        const Profession p = profession(i);
        ASSERT_GE(richer.available_fte(p), reference.available_fte(p)) << profession_names[i];
        ASSERT_LT(leakier.available_fte(p), reference.available_fte(p)) << profession_names[i];
      }
    }
  }
}

TEST(Shortage, RequiredLessAvailableInFteAndAsAShareOfRequired) {
  const Shortage short_of_two = shortage_of(10.0, 8.0);
  EXPECT_DOUBLE_EQ(short_of_two.fte, 2.0);
  EXPECT_DOUBLE_EQ(short_of_two.share, 0.2);
  for (const auto& [required, available] : {std::pair{8.0, 10.0}, std::pair{10.0, 10.0}, std::pair{0.0, 0.0}}) {
    const Shortage none = shortage_of(required, available);
    EXPECT_EQ(none.fte, 0.0) << required << " " << available;
    EXPECT_EQ(none.share, 0.0) << required << " " << available;
  }
}

// The available FTE are the workers times their working time, from the registry's densities.
TEST(Workforce, AvailableFteAreWorkersTimesWorkingTime) {
  const Workforce workforce(WorkforceSettings::from(ParameterSet{}), inhabitants);
  const double gp_fte = 6.7 / 10000.0 * inhabitants * 0.75;
  EXPECT_NEAR(workforce.available_fte(Profession::gp), gp_fte, 1e-12 * gp_fte);
  for (std::size_t i = 0; i < n_professions; ++i) {
    const Profession p = profession(i);
    const ProfessionSettings& s = workforce.settings().of(p);
    EXPECT_NEAR(workforce.available_fte(p), inhabitants * s.workers_per_inhabitant * s.fte_per_worker, 1e-9)
        << profession_names[i];
  }
}

}  // namespace regiotwin
