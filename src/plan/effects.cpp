#include "plan/effects.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <numeric>

namespace regiotwin {
namespace {

std::size_t index(Place p) { return static_cast<std::size_t>(p); }
std::size_t index(Profession p) { return static_cast<std::size_t>(p); }
std::size_t index(State s) { return static_cast<std::size_t>(s); }

State state_named(const std::string& name) {
  const auto* it = std::find(state_names.begin(), state_names.end(), name);
  return static_cast<State>(it - state_names.begin());
}

// The levels whose incidence a prevention lowers: onset, and for chronic conditions also the step
// to two or more; for mental problems only the onset of mild ones (severe onset is waiting's part).
std::array<bool, 2> prevented_levels(State s) { return {true, s == State::chronic}; }

std::array<bool, n_ages> target_ages(const std::vector<AgeBand>& bands) {
  std::array<bool, n_ages> out{};
  for (int age = 0; age < n_ages; ++age) {
    out[static_cast<std::size_t>(age)] =
        bands.empty() ||
        std::any_of(bands.begin(), bands.end(), [age](const AgeBand& b) { return age >= b.from && age <= b.to; });
  }
  return out;
}

}  // namespace

PlanEffects::PlanEffects(std::vector<Intervention> interventions, PlanSchedule schedule,
                         std::span<const std::string> codes, std::span<const double> inhabitants,
                         const CareSettings& care)
    : interventions_(std::move(interventions)), schedule_(std::move(schedule)) {
  for (std::size_t p = 0; p < n_places; ++p) staffing_[p] = care.places[p].staffing.profession;
  check_municipalities(interventions_, codes);
  for (const Intervention& i : interventions_) {
    check(i, care);
    resolved_.push_back(resolve(i, staffing_));
    std::vector<double> w(codes.size(), 0.0);
    for (std::size_t m = 0; m < codes.size(); ++m) {
      const auto& targets = i.targets.municipalities;
      if (targets.empty() || std::find(targets.begin(), targets.end(), codes[m]) != targets.end()) {
        w[m] = inhabitants[m];
      }
    }
    const double sum = std::accumulate(w.begin(), w.end(), 0.0);
    for (double& x : w) x = sum > 0.0 ? x / sum : 0.0;
    weights_.push_back(std::move(w));
  }
}

PlanEffects::Resolved PlanEffects::resolve(const Intervention& i,
                                           const std::array<std::optional<Profession>, n_places>& staffing) {
  Resolved r;
  r.type = i.type;
  switch (i.type) {
    case InterventionType::prevention: {
      const State s = state_named(i.name_of("state"));
      r.amount = i.number("incidence_change");
      r.state = index(s);
      r.levels = prevented_levels(s);
      r.ages = target_ages(i.targets.ages);
      break;
    }
    case InterventionType::social_base:
      r.amount = i.number("extra_fte");
      r.profession = staffing[index(i.place("place"))];
      break;
    case InterventionType::capacity:
      r.amount = i.number("extra_fte");
      r.profession = i.profession("profession");
      break;
    case InterventionType::referral:
      r.amount = i.number("extra_referral");
      r.question = i.question("question");
      r.place = i.place("from");
      r.to = i.place("to");
      break;
    case InterventionType::ehealth:
      r.amount = i.number("digital_share");
      r.second = i.number("time_saving");
      r.place = i.place("place");
      break;
    case InterventionType::admin_reduction:
      r.amount = i.number("productivity_gain");
      r.profession = i.profession("profession");
      break;
    case InterventionType::retention:
      r.amount = i.number("turnover_change");
      r.profession = i.profession("profession");
      break;
    case InterventionType::housing_elderly:
      r.amount = i.number("wlz_admission_change");
      r.second = i.number("home_nursing_per_avoided");
      break;
  }
  return r;
}

void PlanEffects::check(const Intervention& i, const CareSettings& care) {
  if (i.type != InterventionType::referral) return;
  const RightPlaces& right = care.routing.right;
  const auto t = static_cast<std::size_t>(i.question("question"));
  if (!right.is_right[t][index(i.place("to"))]) {
    throw ValidationError(i.location("to"), fmt::format("{} is not a right place for {} questions (docs/routing.md)",
                                                        i.name_of("to"), i.name_of("question")));
  }
  if (right.is_right[t][index(i.place("from"))]) {
    throw ValidationError(i.location("from"), fmt::format("{} is already a right place for {} questions: nothing "
                                                          "to refer",
                                                          i.name_of("from"), i.name_of("question")));
  }
  if (care.routing.table.entry[t][index(i.place("from"))] == 0.0) {
    throw ValidationError(i.location("from"), fmt::format("no {} questions enter at {} (docs/routing.md)",
                                                          i.name_of("question"), i.name_of("from")));
  }
}

bool PlanEffects::changes_incidence() const {
  return std::any_of(interventions_.begin(), interventions_.end(), [](const Intervention& i) {
    return i.type == InterventionType::prevention || i.type == InterventionType::housing_elderly;
  });
}

void PlanEffects::set_levers(std::size_t m, int month, CareLevers& levers) const {
  levers.reset();
  for (std::size_t k = 0; k < resolved_.size(); ++k) {
    const double w = weight(k, m);
    const double e = schedule_.effect_of(k, month);
    if (w == 0.0 || e == 0.0) continue;
    const Resolved& r = resolved_[k];
    switch (r.type) {
      case InterventionType::social_base:
      case InterventionType::capacity:
        if (r.profession) levers.extra_fte[index(*r.profession)] += r.amount * w * e;
        break;
      case InterventionType::referral: levers.referrals.push_back({r.question, r.place, r.to, r.amount * e}); break;
      case InterventionType::ehealth:
        levers.work_per_fte_factor[index(r.place)] /= 1.0 - r.amount * r.second * e;
        break;
      case InterventionType::admin_reduction:
        for (std::size_t p = 0; p < n_places; ++p) {
          if (staffing_[p] == r.profession) levers.work_per_fte_factor[p] *= 1.0 + r.amount * e;
        }
        break;
      case InterventionType::retention: levers.turnover_factor[index(*r.profession)] *= 1.0 + r.amount * e; break;
      case InterventionType::housing_elderly:
        levers.wlz_need_factor *= 1.0 + r.amount * e;
        levers.home_nursing_per_avoided = std::max(levers.home_nursing_per_avoided, r.second);
        break;
      case InterventionType::prevention: break;
    }
  }
}

void PlanEffects::apply_incidence(std::size_t m, int month, IncidenceFactors& factors) const {
  for (std::size_t k = 0; k < resolved_.size(); ++k) {
    const double w = weight(k, m);
    const double e = schedule_.effect_of(k, month);
    if (w == 0.0 || e == 0.0) continue;
    const Resolved& r = resolved_[k];
    const double factor = 1.0 + r.amount * e;
    if (r.type == InterventionType::housing_elderly) {
      for (double& f : factors.up[index(State::wlz)][0]) f *= factor;
      continue;
    }
    if (r.type != InterventionType::prevention) continue;
    for (std::size_t level = 0; level < 2; ++level) {
      if (!r.levels[level]) continue;
      for (std::size_t age = 0; age < n_ages; ++age) {
        if (r.ages[age]) factors.up[r.state][level][age] *= factor;
      }
    }
  }
}

PayerAmounts PlanEffects::cost(std::size_t m, int month) const {
  PayerAmounts out{};
  for (std::size_t k = 0; k < interventions_.size(); ++k) {
    const double w = weight(k, m);
    if (w == 0.0) continue;
    const PayerAmounts& c = schedule_.cost[k][static_cast<std::size_t>(month)];
    for (std::size_t p = 0; p < n_payers; ++p) out[p] += c[p] * w;
  }
  return out;
}

IncidenceFactors::Max PlanEffects::highest_factors() const {
  IncidenceFactors::Max out{};
  for (auto& levels : out) levels = {1.0, 1.0};
  for (const Resolved& r : resolved_) {
    if (r.type != InterventionType::prevention) continue;  // housing only lowers Wlz need
    for (std::size_t level = 0; level < 2; ++level) {
      if (r.levels[level]) out[r.state][level] *= std::max(1.0, 1.0 + r.amount);
    }
  }
  return out;
}

}  // namespace regiotwin
