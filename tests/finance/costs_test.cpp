#include "finance/costs.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "sim/simulation.hpp"
#include "test_support.hpp"

namespace regiotwin {

using namespace testing_support;

namespace {

std::size_t index(Place p) { return static_cast<std::size_t>(p); }

// Round numbers that can be booked by hand: only the GP, the wijkteam, Wmo providers and nursing
// homes cost anything, plus other Zvw care at two ages and bijstand.
CostSettings hand_settings() {
  CostSettings s;
  s.payers = place_payers(0.25);
  s.unit_cost[index(Place::gp)] = 50.0;
  s.unit_cost[index(Place::wijkteam)] = 100.0;
  s.unit_cost[index(Place::wmo_provider)] = 400.0;
  s.unit_cost[index(Place::wlz_provider)] = 8000.0;
  s.own_contribution[index(Place::wmo_provider)] = 10.0;
  s.own_contribution[index(Place::wlz_provider)] = 500.0;
  s.other_zvw_per_resident_month[30] = 140.0;
  s.other_zvw_per_resident_month[85] = 600.0;
  s.bijstand_benefit_per_recipient_month = 1400.0;
  return s;
}

// A month whose served and in-care figures differ, so that using the wrong one shows.
CareMonth hand_month() {
  CareMonth care;
  const auto set = [&care](Place p, double served, double in_care) {
    care.places[index(p)][static_cast<std::size_t>(PlaceMeasure::served)] = served;
    care.places[index(p)][static_cast<std::size_t>(PlaceMeasure::in_care)] = in_care;
  };
  set(Place::gp, 1000.0, 999.0);
  set(Place::wijkteam, 200.0, 199.0);
  set(Place::wmo_provider, 20.0, 300.0);
  set(Place::wlz_provider, 2.0, 50.0);
  return care;
}

std::array<double, n_ages> hand_residents() {
  std::array<double, n_ages> r{};
  r[30] = 100.0;
  r[85] = 10.0;
  return r;
}

constexpr double hand_total = 50'000.0 + 20'000.0 + 120'000.0 + 400'000.0 + 20'000.0 + 28'000.0;

SimulationResult run(const Region& region, const RunPlan& plan, const ParameterSet& params = {}) {
  Simulation sim(region, params, plan);
  sim.run();
  return sim.result();
}

}  // namespace

TEST(Costs, BooksAHandMadeMonth) {
  const Ledger ledger = book_month(hand_settings(), hand_month(), hand_residents(), 20.0, price_base_year);
  // GP: 1000 served x 50. Other Zvw care: 100 x 140 + 10 x 600.
  EXPECT_DOUBLE_EQ(ledger.amount(Payer::zvw, line_of(Place::gp)), 50'000.0);
  EXPECT_DOUBLE_EQ(ledger.amount(Payer::zvw, CostLine::other_zvw_care), 20'000.0);
  EXPECT_DOUBLE_EQ(ledger.amount(Payer::zvw), 70'000.0);
  // Wijkteam: 200 served x 100, a quarter paid from the Jeugdwet.
  EXPECT_DOUBLE_EQ(ledger.amount(Payer::wmo, line_of(Place::wijkteam)), 15'000.0);
  EXPECT_DOUBLE_EQ(ledger.amount(Payer::jeugdwet), 5'000.0);
  // Wmo providers: 300 in care x 400, of which 300 x 10 own contribution.
  EXPECT_DOUBLE_EQ(ledger.amount(line_of(Place::wmo_provider)), 120'000.0);
  EXPECT_DOUBLE_EQ(ledger.amount(Payer::wmo, line_of(Place::wmo_provider)), 117'000.0);
  EXPECT_DOUBLE_EQ(ledger.amount(Payer::wmo), 132'000.0);
  // Nursing homes: 50 in care x 8000, of which 50 x 500 own contribution.
  EXPECT_DOUBLE_EQ(ledger.amount(Payer::wlz), 375'000.0);
  EXPECT_DOUBLE_EQ(ledger.amount(Payer::eigen_bijdrage), 28'000.0);
  // Bijstand: 20 recipients x 1400.
  EXPECT_DOUBLE_EQ(ledger.amount(Payer::participatiewet, CostLine::bijstand_benefits), 28'000.0);
  EXPECT_DOUBLE_EQ(ledger.amount(Payer::welzijn_subsidie), 0.0);
  EXPECT_DOUBLE_EQ(ledger.amount(Payer::transformatiemiddelen), 0.0);
  EXPECT_DOUBLE_EQ(ledger.total(), hand_total);
}

TEST(Costs, EveryPlaceHasAPayerAndADefaultUnitCost) {
  const CostSettings s = CostSettings::from(ParameterSet{});
  for (std::size_t p = 0; p < n_places; ++p) {
    EXPECT_GT(s.unit_cost[p], 0.0) << place_names[p];
    EXPECT_NE(s.payers[p].payer, Payer::eigen_bijdrage) << place_names[p];
    EXPECT_NE(s.payers[p].payer, Payer::transformatiemiddelen) << place_names[p];
  }
  EXPECT_EQ(s.payers[index(Place::wijkverpleging)].payer, Payer::zvw);
  EXPECT_EQ(s.payers[index(Place::youth_care)].payer, Payer::jeugdwet);
  EXPECT_EQ(s.payers[index(Place::work_income_desk)].payer, Payer::participatiewet);
  EXPECT_EQ(unit_cost_parameter(Place::gp), "gp_cost_per_contact_eur");
  EXPECT_EQ(unit_cost_parameter(Place::wlz_provider), "wlz_provider_cost_per_client_month_eur");
  EXPECT_EQ(s.price_factor(2035), 1.0) << "constant prices by default";
}

// Prices rise by the index once per calendar year from the base year; before it they are lower.
TEST(Costs, PriceIndexTurnsConstantIntoNominalPrices) {
  CostSettings s = hand_settings();
  s.price_index_per_year = 0.03;
  EXPECT_DOUBLE_EQ(s.price_factor(price_base_year), 1.0);
  EXPECT_DOUBLE_EQ(s.price_factor(price_base_year + 2), 1.03 * 1.03);
  EXPECT_DOUBLE_EQ(s.price_factor(price_base_year - 1), 1.0 / 1.03);
  const Ledger base = book_month(s, hand_month(), hand_residents(), 20.0, price_base_year);
  const Ledger later = book_month(s, hand_month(), hand_residents(), 20.0, price_base_year + 10);
  const double factor = std::pow(1.03, 10);
  EXPECT_DOUBLE_EQ(base.total(), hand_total);
  EXPECT_NEAR(later.total(), hand_total * factor, 1e-6);
  for (std::size_t p = 0; p < n_payers; ++p) {
    const auto payer = static_cast<Payer>(p);
    EXPECT_NEAR(later.amount(payer), base.amount(payer) * factor, 1e-6) << payer_name(payer);
  }
}

// Own contributions move money from the law's payer to the client: each line and the total stay.
TEST(Costs, OwnContributionsMovePaymentNotCost) {
  CostSettings without = hand_settings();
  without.own_contribution.fill(0.0);
  const Ledger a = book_month(without, hand_month(), hand_residents(), 20.0, price_base_year);
  const Ledger b = book_month(hand_settings(), hand_month(), hand_residents(), 20.0, price_base_year);
  EXPECT_EQ(a.amount(Payer::eigen_bijdrage), 0.0);
  EXPECT_GT(b.amount(Payer::eigen_bijdrage), 0.0);
  EXPECT_DOUBLE_EQ(a.total(), b.total());
  for (std::size_t l = 0; l < n_cost_lines; ++l) {
    EXPECT_DOUBLE_EQ(a.amount(static_cast<CostLine>(l)), b.amount(static_cast<CostLine>(l)));
  }
  EXPECT_DOUBLE_EQ(a.amount(Payer::wmo) - b.amount(Payer::wmo), 3'000.0);
  EXPECT_DOUBLE_EQ(a.amount(Payer::wlz) - b.amount(Payer::wlz), 25'000.0);
  // An own contribution above the unit cost is capped at it: the law's payer never goes negative.
  CostSettings too_high = hand_settings();
  too_high.own_contribution[index(Place::wlz_provider)] = 1e6;
  const Ledger c = book_month(too_high, hand_month(), hand_residents(), 20.0, price_base_year);
  EXPECT_DOUBLE_EQ(c.amount(Payer::wlz), 0.0);
  EXPECT_DOUBLE_EQ(c.total(), hand_total);
}

// Money is conserved in a full run: for every month and municipality the payers' amounts, the
// lines' amounts and cost_total agree, and each cost_<payer> indicator is that payer's lines.
TEST(Costs, MoneyIsConservedInAFullRun) {
  const SimulationResult r = run(embedded_region("regio-zwolle"), RunPlan{});
  ASSERT_EQ(r.months(), 144);
  for (int month = 0; month < r.months(); ++month) {
    for (std::size_t m = 0; m < r.municipality_count(); ++m) {
      const double total = r.at(month, m, Indicator::cost_total);
      const double tolerance = 1e-9 * total;
      ASSERT_GT(total, 0.0);
      double payers = 0.0;
      for (std::size_t p = 0; p < n_payers; ++p) {
        const auto payer = static_cast<Payer>(p);
        double lines = 0.0;
        for (std::size_t l = 0; l < n_cost_lines; ++l) lines += r.cost(month, m, payer, static_cast<CostLine>(l));
        const auto indicator = static_cast<Indicator>(static_cast<std::size_t>(Indicator::cost_zvw) + p);
        EXPECT_NEAR(r.at(month, m, indicator), lines, tolerance) << payer_name(payer);
        payers += r.at(month, m, indicator);
      }
      double lines = 0.0;
      for (std::size_t l = 0; l < n_cost_lines; ++l) {
        for (std::size_t p = 0; p < n_payers; ++p)
          lines += r.cost(month, m, static_cast<Payer>(p), static_cast<CostLine>(l));
      }
      EXPECT_NEAR(payers, total, tolerance) << "month " << month << " " << r.municipality_codes()[m];
      EXPECT_NEAR(lines, total, tolerance) << "month " << month << " " << r.municipality_codes()[m];
    }
  }
}

// Own contributions in a whole run: the same care, the same total, a different split.
TEST(Costs, OwnContributionsLeaveTheRunsTotalAlone) {
  const Region region = embedded_region("regio-zwolle");
  const RunPlan plan{YearMonth(2024, 1), YearMonth(2025, 12), 7, 1, {}};
  ParameterSet none;
  none.set_scalar("wmo_own_contribution_per_client_month_eur", 0.0, {"test", 0, ""});
  none.set_scalar("wlz_own_contribution_per_client_month_eur", 0.0, {"test", 0, ""});
  const SimulationResult a = run(region, plan, none);
  const SimulationResult b = run(region, plan);
  double own = 0.0;
  for (int month = 0; month < a.months(); ++month) {
    for (std::size_t m = 0; m < a.municipality_count(); ++m) {
      const double total = a.at(month, m, Indicator::cost_total);
      EXPECT_NEAR(b.at(month, m, Indicator::cost_total), total, 1e-9 * total);
      EXPECT_EQ(a.at(month, m, Indicator::cost_eigen_bijdrage), 0.0);
      const double moved = b.at(month, m, Indicator::cost_eigen_bijdrage);
      const double from_laws = a.at(month, m, Indicator::cost_wmo) + a.at(month, m, Indicator::cost_wlz) -
                               b.at(month, m, Indicator::cost_wmo) - b.at(month, m, Indicator::cost_wlz);
      EXPECT_NEAR(from_laws, moved, 1e-9 * total);
      own += moved;
    }
  }
  EXPECT_GT(own, 0.0);
}

}  // namespace regiotwin
