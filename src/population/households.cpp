#include "population/households.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>

#include "core/errors.hpp"
#include "population/ipf.hpp"
#include "population/rates.hpp"

namespace regiotwin {
namespace {

PositionShares shares_at(double child, double institution, double alone, double with_children, double single_parent) {
  PositionShares s{};
  s[static_cast<std::size_t>(Position::child)] = child;
  s[static_cast<std::size_t>(Position::institution)] = std::min(institution, 1.0 - child);
  const double rest = 1.0 - child - s[static_cast<std::size_t>(Position::institution)];
  s[static_cast<std::size_t>(Position::alone)] = rest * alone;
  const double partnered = rest - s[static_cast<std::size_t>(Position::alone)];
  const double parents = partnered * with_children;
  s[static_cast<std::size_t>(Position::couple)] = partnered - parents;
  s[static_cast<std::size_t>(Position::single_parent)] = parents * single_parent;
  s[static_cast<std::size_t>(Position::couple_with_children)] = parents * (1.0 - single_parent);
  return s;
}

double share(const PositionShares& s, Position p) { return s[static_cast<std::size_t>(p)]; }

// Rates that keep the seed's age profile of positions stable along a cohort (ignoring the small
// differences in mortality between positions): what flows out at each age is what the profile
// loses between this age and the next, after what flows in.
void derive_transitions(HouseholdSettings& s) {
  for (std::size_t a = 0; a + 1 < n_ages; ++a) {
    double leave = 0.0;
    double form = 0.0;
    double children_leave = 0.0;
    for (std::size_t sex = 0; sex < n_sexes; ++sex) {
      const PositionShares& now = s.seed[sex][a];
      const PositionShares& next = s.seed[sex][a + 1];
      const double child = share(now, Position::child);
      const double child_next = share(next, Position::child);
      const double left_home = std::max(0.0, child - child_next);
      leave += child > 0.0 ? (child_next > 0.0 ? std::log(child / child_next) : 12.0) : 0.0;
      const double parents = share(now, Position::couple_with_children) + share(now, Position::single_parent);
      const double parents_next = share(next, Position::couple_with_children) + share(next, Position::single_parent);
      const double last_child_left = parents > 0.0 ? std::max(0.0, (parents - parents_next) / parents) : 0.0;
      children_leave += last_child_left;
      // Living alone gains those who leave home, separate, or are single parents whose last child
      // left; what it gains beyond its own growth along the cohort moves in with a partner.
      const double alone = share(now, Position::alone);
      const double separating =
          a < 65 ? s.separation * 12.0 * (share(now, Position::couple) + share(now, Position::couple_with_children))
                 : 0.0;
      const double inflow = left_home + separating + share(now, Position::single_parent) * last_child_left;
      if (alone > 0.0) form += std::max(0.0, (inflow - (share(next, Position::alone) - alone)) / alone);
    }
    s.leave_home[a] = monthly_probability(leave / n_sexes);
    s.form_couple[a] = monthly_probability(std::min(form / n_sexes, 2.0));
    s.children_leave[a] = monthly_probability(children_leave / n_sexes);
  }
}

}  // namespace

HouseholdSettings HouseholdSettings::from(const ParameterSet& params) {
  HouseholdSettings s;
  const auto child = params.table("household_child_share").per_year();
  const auto institution = params.table("household_institution_share").per_year();
  const auto with_children = params.table("household_with_children_share").per_year();
  const std::array<std::array<double, n_ages>, n_sexes> alone = {
      params.table("household_alone_share_men").per_year(), params.table("household_alone_share_women").per_year()};
  const std::array<double, n_sexes> single_parent = {params.real("single_parent_share_men"),
                                                     params.real("single_parent_share_women")};
  for (std::size_t sex = 0; sex < n_sexes; ++sex) {
    for (std::size_t a = 0; a < n_ages; ++a) {
      s.seed[sex][a] = shares_at(child[a], institution[a], alone[sex][a], with_children[a], single_parent[sex]);
    }
  }
  s.separation = monthly_probability(params.real("separation_per_1000_couples") / 1000.0);
  s.single_parent_household_share = params.real("single_parent_household_share");
  s.informal_carer_with_partner = params.real("informal_carer_with_partner");
  s.informal_carer_without_partner = params.real("informal_carer_without_partner");
  s.wlz_admission_share = params.real("wlz_admission_share");
  s.wlz_share_in_institution = params.real("wlz_share_in_institution");
  derive_transitions(s);
  for (std::size_t a = 0; a < n_ages; ++a) {
    const auto row = [&](Household h) -> double& { return s.change_bound[static_cast<std::size_t>(h)][a]; };
    row(Household::alone) = s.form_couple[a];
    row(Household::couple) = s.separation;
    row(Household::couple_with_children) = s.separation + s.children_leave[a];
    row(Household::single_parent) = s.children_leave[a];
    row(Household::institution) = 0.0;
    s.change_bound[n_households][a] = s.leave_home[a];
  }
  return s;
}

long long PositionCounts::total(Position p) const {
  long long sum = 0;
  for (auto i = static_cast<std::size_t>(p); i < counts.size(); i += n_positions) sum += counts[i];
  return sum;
}

namespace {

Table2d seed_table(const AgeSexCounts& residents, const HouseholdSettings& settings) {
  Table2d seed(std::size_t{n_sexes} * n_ages, n_positions);
  for (std::size_t sex = 0; sex < n_sexes; ++sex) {
    for (std::size_t a = 0; a < n_ages; ++a) {
      const auto count = static_cast<double>(residents.counts[sex][a]);
      for (std::size_t p = 0; p < n_positions; ++p) seed.at(sex * n_ages + a, p) = count * settings.seed[sex][a][p];
    }
  }
  return seed;
}

// Residents the seed places in institutions: no municipal count exists, so this total is kept.
double expected_in_institution(const AgeSexCounts& residents, const HouseholdSettings& settings) {
  double sum = 0.0;
  for (std::size_t sex = 0; sex < n_sexes; ++sex) {
    for (std::size_t a = 0; a < n_ages; ++a) {
      sum += static_cast<double>(residents.counts[sex][a]) *
             settings.seed[sex][a][static_cast<std::size_t>(Position::institution)];
    }
  }
  return sum;
}

}  // namespace

std::array<long long, n_positions> position_targets(const Municipality& municipality, const AgeSexCounts& residents,
                                                    const HouseholdSettings& settings) {
  const HouseholdCounts& h = municipality.households.value();
  std::array<long long, n_positions> t{};
  const auto single_parents = static_cast<long long>(
      std::llround(settings.single_parent_household_share * static_cast<double>(h.with_children)));
  t[static_cast<std::size_t>(Position::alone)] = h.one_person;
  t[static_cast<std::size_t>(Position::couple)] = 2 * h.without_children;
  t[static_cast<std::size_t>(Position::single_parent)] = single_parents;
  t[static_cast<std::size_t>(Position::couple_with_children)] = 2 * (h.with_children - single_parents);
  t[static_cast<std::size_t>(Position::institution)] = std::llround(expected_in_institution(residents, settings));
  long long adults = 0;
  for (const long long v : t) adults += v;
  const long long children = residents.total() - adults;
  if (children < 0) {
    throw ValidationError(fmt::format(
        "{} ({}): its {} households need at least {} residents (one-person households, two partners per couple, "
        "the institutional population) but it has {}; check households.csv against municipalities.csv",
        municipality.name, municipality.code, h.households, adults, residents.total()));
  }
  t[static_cast<std::size_t>(Position::child)] = children;
  return t;
}

PositionCounts fit_positions(const Municipality& municipality, const AgeSexCounts& residents,
                             const HouseholdSettings& settings) {
  const Table2d seed = seed_table(residents, settings);
  std::vector<long long> rows;
  std::vector<double> row_targets;
  for (std::size_t sex = 0; sex < n_sexes; ++sex) {
    for (std::size_t a = 0; a < n_ages; ++a) {
      rows.push_back(residents.counts[sex][a]);
      row_targets.push_back(static_cast<double>(residents.counts[sex][a]));
    }
  }
  std::vector<long long> columns;
  Table2d fitted = seed;
  if (municipality.households) {
    const auto targets = position_targets(municipality, residents, settings);
    columns.assign(targets.begin(), targets.end());
    const std::vector<double> column_targets(columns.begin(), columns.end());
    fitted = fit_ipf(seed, row_targets, column_targets).table;
  } else {
    columns = largest_remainder(seed.column_sums(), residents.total());
  }
  return PositionCounts{integerise(fitted, rows, columns)};
}

}  // namespace regiotwin
