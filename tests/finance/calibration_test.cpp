// The cost model against national spend: one baseline year of the embedded region regio-zwolle,
// per inhabitant, against the national figures per inhabitant in 2024 prices that the unit costs
// were derived from (docs/finance.md). The region is not the country (its ages, deprivation and
// waiting lists differ), so each comparison has a tolerance that says how far it may stray.
#include <gtest/gtest.h>

#include <cmath>
#include <optional>

#include "finance/costs.hpp"
#include "sim/simulation.hpp"
#include "test_support.hpp"

namespace regiotwin {

using namespace testing_support;

namespace {

constexpr double nl_inhabitants = 17'942'942.0;  // 1 January 2024, CBS 37230ned

// National spend per inhabitant a year, in 2024 prices.
constexpr double zvw_per_insured = (2'796.0 + 2'450.0) / 2.0 * 1.2590;  // Vektis 2018, women and men, CPI to 2024
constexpr double wlz_gross = 36'631e6 / nl_inhabitants;                 // VWS jaarverslag 2024
constexpr double wmo_tailored = 308.0 * 1.0330;                         // CBS 2023, CPI to 2024
constexpr double youth_care = 5.5e9 * 1.2271 / nl_inhabitants;          // Jeugdautoriteit 2019, CPI to 2024
constexpr double wijkverpleging = 3.21e9 * 1.0330 / nl_inhabitants;     // monitor langdurige zorg 2023
constexpr double bijstand = 6'828.3e6 / nl_inhabitants;                 // BUIG macro budget 2024
constexpr double gp_care = 201.0 * 1.2590;                              // Vektis 2018, POH-GGZ included
constexpr double social_domain = 1'840.0 * 1.0330;                      // CBS 2023, all municipal social spend

// One baseline year: costs summed over its months, divided by the mean population.
class BaselineYear : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Simulation sim(embedded_region("regio-zwolle"), ParameterSet{},
                   RunPlan{YearMonth(2024, 1), YearMonth(2024, 12), 1, 0, {}});
    sim.run();
    result_ = sim.result();
  }
  static void TearDownTestSuite() { result_.reset(); }
  static double inhabitants() {
    double persons = 0.0;
    for (int month = 0; month < result_->months(); ++month) persons += result_->region(month, Indicator::population);
    return persons / result_->months();
  }
  static double per_inhabitant(Indicator payer) {
    double sum = 0.0;
    for (int month = 0; month < result_->months(); ++month) sum += result_->region(month, payer);
    return sum / inhabitants();
  }
  static double per_inhabitant(CostLine line) {
    double sum = 0.0;
    for (int month = 0; month < result_->months(); ++month) {
      for (std::size_t m = 0; m < result_->municipality_count(); ++m) {
        for (std::size_t p = 0; p < n_payers; ++p) sum += result_->cost(month, m, static_cast<Payer>(p), line);
      }
    }
    return sum / inhabitants();
  }
  static inline std::optional<SimulationResult> result_;
};

// Within `tolerance` of the national figure, as a share of it.
::testing::AssertionResult near(double model, double national, double tolerance) {
  const double off = model / national - 1.0;
  if (std::abs(off) <= tolerance) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "EUR " << model << " per inhabitant against " << national << " ("
                                       << off * 100.0 << "%, tolerance " << tolerance * 100.0 << "%)";
}

}  // namespace

// All Zvw care, the simulated places and the rest: the region's ages are close to the country's.
TEST_F(BaselineYear, ZvwIsTheAveragePerInsured) {
  EXPECT_TRUE(near(per_inhabitant(Indicator::cost_zvw), zvw_per_insured, 0.10));
}

// The GP serves the social questions at the wrong place at more effort, so it costs more than the
// Nivel contacts alone would.
TEST_F(BaselineYear, GpCareIsNearTheSectorsSpend) {
  EXPECT_TRUE(near(per_inhabitant(line_of(Place::gp)) + per_inhabitant(line_of(Place::poh_ggz)), gp_care, 0.20));
}

// District nursing: capacity at the start is the need of the region's (somewhat younger) residents.
TEST_F(BaselineYear, WijkverplegingIsNearTheNationalSpend) {
  EXPECT_TRUE(near(per_inhabitant(line_of(Place::wijkverpleging)), wijkverpleging, 0.20));
}

// Wlz before own contributions; the region has a little more Wlz care than the country.
TEST_F(BaselineYear, WlzIsNearTheGrossNationalSpend) {
  EXPECT_TRUE(near(per_inhabitant(line_of(Place::wlz_provider)), wlz_gross, 0.10));
}

// Tailored Wmo support before own contributions (the wijkteam is access, not tailored support).
TEST_F(BaselineYear, WmoSupportIsTheTailoredSpend) {
  EXPECT_TRUE(near(per_inhabitant(line_of(Place::wmo_provider)), wmo_tailored, 0.15));
}

// Youth care plus the wijkteam's youth share; part of the youth-care need is answered by the wijkteam
// rather than held in care, so the Jeugdwet is below the national spend.
TEST_F(BaselineYear, JeugdwetIsNearTheNationalYouthCareSpend) {
  EXPECT_TRUE(near(per_inhabitant(Indicator::cost_jeugdwet), youth_care, 0.20));
}

TEST_F(BaselineYear, BijstandBenefitsAreTheBuigBudget) {
  EXPECT_TRUE(near(per_inhabitant(CostLine::bijstand_benefits), bijstand, 0.10));
}

// The municipal payers cover the social domain's largest parts but not all of it (sheltered housing,
// sheltered employment, debt help and more are not modelled): between half of it and all of it.
TEST_F(BaselineYear, MunicipalSpendIsAPartOfTheSocialDomain) {
  const double municipal = per_inhabitant(Indicator::cost_wmo) + per_inhabitant(Indicator::cost_jeugdwet) +
                           per_inhabitant(Indicator::cost_participatiewet) +
                           per_inhabitant(Indicator::cost_welzijn_subsidie);
  EXPECT_GT(municipal, 0.5 * social_domain);
  EXPECT_LT(municipal, social_domain);
}

// Own contributions: the Wlz's receipts are about 6% of its gross spend.
TEST_F(BaselineYear, OwnContributionsAreTheWlzReceiptsShare) {
  const double share = per_inhabitant(Indicator::cost_eigen_bijdrage) / per_inhabitant(line_of(Place::wlz_provider));
  EXPECT_NEAR(share, 2'327.5 / 36'631.0, 0.01);
}

}  // namespace regiotwin
