#include "care/care_system.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace regiotwin {
namespace {

std::size_t index(Place p) { return static_cast<std::size_t>(p); }
std::size_t index(Profession p) { return static_cast<std::size_t>(p); }
std::size_t index(QuestionType t) { return static_cast<std::size_t>(t); }

// Which profession staffs which place. GGZ professionals work in basic and specialist GGZ, carers
// in Wmo home support and in nursing homes: those places share their profession's FTE by a
// parameter. The work and income desk's consultants are not a tracked care profession.
std::array<Staffing, n_places> staffing(const ParameterSet& params) {
  const double basic_ggz = params.real("ggz_professional_share_basic_ggz");
  const double wmo = params.real("ltc_carer_share_wmo_provider");
  std::array<Staffing, n_places> s{};
  s[index(Place::gp)] = {Profession::gp, 1.0};
  s[index(Place::poh_ggz)] = {Profession::poh_ggz, 1.0};
  s[index(Place::wijkteam)] = {Profession::wijkteam_worker, 1.0};
  s[index(Place::welzijn)] = {Profession::welfare_worker, 1.0};
  s[index(Place::basic_ggz)] = {Profession::ggz_professional, basic_ggz};
  s[index(Place::specialist_ggz)] = {Profession::ggz_professional, 1.0 - basic_ggz};
  s[index(Place::wijkverpleging)] = {Profession::district_nurse, 1.0};
  s[index(Place::wmo_provider)] = {Profession::ltc_carer, wmo};
  s[index(Place::youth_care)] = {Profession::youth_worker, 1.0};
  s[index(Place::wlz_provider)] = {Profession::ltc_carer, 1.0 - wmo};
  s[index(Place::work_income_desk)] = {std::nullopt, 1.0};
  return s;
}

// Patience combined with the end of need: who is still waiting leaves the list when either happens.
Patience with_need_ending(const Patience& patience, double ended_share) {
  Patience::Shares shares{};
  for (std::size_t w = 0; w < shares.size(); ++w) {
    shares[w] = 1.0 - (1.0 - ended_share) * (1.0 - patience.share(static_cast<int>(w)));
  }
  return Patience::by_months_waited(shares);
}

}  // namespace

CareSettings CareSettings::from(const ParameterSet& params, const std::optional<PackRouting>& pack) {
  CareSettings s;
  s.rates = QuestionRates::from(params);
  s.routing = RoutingSetup::from(params, pack);
  s.workforce = WorkforceSettings::from(params);
  s.home_nursing_exit_share = 1.0 / params.real("home_nursing_episode_months");
  s.wlz_waiting_home_nursing_share = params.real("wlz_waiting_home_nursing_share");
  s.informal = InformalCareSettings::from(params);
  s.places[index(Place::welzijn)].volunteer_share = s.informal.volunteer_capacity_share;
  for (auto& row : s.to_gp.entry) row[index(Place::gp)] = 1.0;
  const auto staffed = staffing(params);
  const WorkforceSettings defaults = WorkforceSettings::from(ParameterSet{});
  const auto density = [](const ProfessionSettings& p) { return p.workers_per_inhabitant * p.fte_per_worker; };
  for (std::size_t p = 0; p < n_places; ++p) {
    const std::string name(place_names[p]);
    PlaceSettings& place = s.places[p];
    place.norm_months = static_cast<int>(params.real(name + "_norm_months"));
    place.patience = Patience::geometric(params.real(name + "_patience_months"));
    place.start_capacity_ratio = params.real(name + "_start_capacity_ratio");
    place.staffing = staffed[p];
    place.ongoing = ongoing_need(static_cast<Place>(p));
    if (const auto& profession = place.staffing.profession) {
      const double by_default = density(defaults.of(*profession));
      place.staffing_vs_default = by_default > 0.0 ? density(s.workforce.of(*profession)) / by_default : 1.0;
    }
  }
  return s;
}

CareSystem::CareSystem(const CareSettings& settings, double inhabitants)
    : settings_(&settings),
      workforce_(settings.workforce, inhabitants),
      carers_(settings.informal),
      volunteers_(settings.informal) {
  for (std::size_t p = 0; p < n_places; ++p) lists_[p] = WaitingList(settings.places[p].norm_months);
}

const CareLevers CareSystem::no_levers{};

double CareSystem::place_fte(Place p, const CareLevers& levers) const {
  const Staffing& s = settings_->of(p).staffing;
  if (!s.profession) return 0.0;
  return (workforce_.available_fte(*s.profession) + levers.extra_fte[index(*s.profession)]) * s.share;
}

// Work arriving at each place this month, in its own unit: the full questions it answers (a
// question's size is the same number of units wherever it is answered; handled at a wrong place it
// takes that place's extra effort) and the short triage contacts of the questions it sends on or
// leaves. At a place of ongoing care the full questions are new clients.
std::array<double, n_places> CareSystem::work_arriving(const RoutedMonth& routed) const {
  const QuestionRates& rates = settings_->rates;
  const Triage& triage = settings_->routing.triage;
  std::array<double, n_places> work{};
  for (std::size_t p = 0; p < n_places; ++p) {
    const PlaceLoad& load = routed.places[p];
    if (const auto& ongoing = settings_->places[p].ongoing) {
      // Only clients of its own care take a place of ongoing care; the few other questions that
      // enter there are sent on or left after a short contact, not modelled as a load on its places.
      const std::size_t t = index(*ongoing);
      work[p] = load.at_right_place[t] + load.at_wrong_place[t];
      continue;
    }
    double units = load.short_contacts * triage.short_contact_size[p];
    for (std::size_t t = 0; t < n_question_types; ++t) {
      units += rates.size[t] * (load.at_right_place[t] + load.at_wrong_place[t] * triage.wrong_place_effort[p]);
    }
    work[p] = units;
  }
  return work;
}

// The first month sets each place's capacity: its ratio times what it then gets (new questions at
// a contact place; everyone needing its care, by the type's referral share, at a place of ongoing
// care, whose clients are then in care up to that capacity and waiting beyond it).
void CareSystem::start(const CareNeeds& needs, const std::array<double, n_places>& arriving) {
  for (std::size_t p = 0; p < n_places; ++p) {
    const PlaceSettings& ps = settings_->places[p];
    start_fte_[p] = place_fte(static_cast<Place>(p));
    if (!ps.ongoing) {
      start_capacity_[p] = ps.start_capacity_ratio * ps.staffing_vs_default * arriving[p];
      continue;
    }
    const std::size_t t = index(*ps.ongoing);
    // Those who needed the care before this month; this month's new clients arrive through routing.
    const double clients =
        std::max(0.0, needs.persons[t] - needs.questions[t]) * settings_->routing.right.referral[t][p];
    start_capacity_[p] = ps.start_capacity_ratio * ps.staffing_vs_default * clients;
    in_care_[p] = std::min(clients, start_capacity_[p]);
    lists_[p].step(clients - in_care_[p], 0.0, Patience{});
  }
  started_ = true;
}

double CareSystem::serve(Place place, double arriving, const CareNeeds& needs, CareMonth& out) {
  const std::size_t p = index(place);
  const PlaceSettings& ps = settings_->places[p];
  const double fte = place_fte(place, *levers_);
  // Capacity moves with the place's FTE (a place without tracked FTE keeps its start capacity) and
  // the work an FTE does (a plan's e-health or less administration), and, for the part volunteers
  // give, with the volunteers.
  const double staff = start_fte_[p] > 0.0 ? fte / start_fte_[p] : 1.0;
  const double per_fte = levers_->work_per_fte_factor[p];
  const double volunteered = start_capacity_[p] * ps.volunteer_share * volunteers_.against_start();
  const double capacity = start_capacity_[p] * (1.0 - ps.volunteer_share) * staff * per_fte + volunteered;
  const double units_per_fte =
      start_fte_[p] > 0.0 ? start_capacity_[p] * (1.0 - ps.volunteer_share) / start_fte_[p] * per_fte : 0.0;
  QueueMonth q;
  double in_care = 0.0;
  if (ps.ongoing) {
    const std::size_t t = index(*ps.ongoing);
    // Of those who needed this care at the month's start, the share whose need ended.
    const double at_start = needs.persons[t] - needs.questions[t] + needs.ended[t];
    const double ended = at_start > 0.0 ? std::clamp(needs.ended[t] / at_start, 0.0, 1.0) : 0.0;
    const double continuing = in_care_[p] * (1.0 - ended);
    q = lists_[p].step(arriving, std::max(0.0, capacity - continuing), with_need_ending(ps.patience, ended));
    in_care_[p] = continuing + q.served;
    in_care = in_care_[p];
    q.capacity = capacity;
  } else {
    q = lists_[p].step(arriving, capacity, ps.patience);
    in_care = q.served;
  }
  double entering = 0.0;
  double entering_wrong = 0.0;
  for (std::size_t t = 0; t < n_question_types; ++t) {
    double entered_here = 0.0;
    for (const double v : out.routed.types[t].flow[p]) entered_here += v;
    entering += entered_here;
    if (!settings_->routing.right.is_right[t][p]) entering_wrong += entered_here;
  }
  auto& m = out.places[p];
  const auto set = [&m](PlaceMeasure k, double v) { m[static_cast<std::size_t>(k)] = v; };
  set(PlaceMeasure::questions, out.routed.places[p].full_questions() + out.routed.places[p].short_contacts);
  set(PlaceMeasure::demand, q.arrivals);
  set(PlaceMeasure::capacity, q.capacity);
  set(PlaceMeasure::served, q.served);
  set(PlaceMeasure::abandoned, q.abandoned);
  set(PlaceMeasure::waiting, q.waiting);
  set(PlaceMeasure::wait_mean, q.wait_mean);
  set(PlaceMeasure::wait_p90, q.wait_p90);
  set(PlaceMeasure::within_norm, q.within_norm);
  set(PlaceMeasure::wrong_place_share, entering > 0.0 ? entering_wrong / entering : 0.0);
  set(PlaceMeasure::in_care, in_care);
  set(PlaceMeasure::fte, fte);
  // FTE the month's need asks for at the start's productivity: all arriving work at a contact
  // place beyond what volunteers do, everyone in care or waiting at a place of ongoing care.
  const double need = ps.ongoing ? in_care + q.waiting : std::max(0.0, arriving - volunteered);
  return units_per_fte > 0.0 ? need / units_per_fte : 0.0;
}

// A need for ongoing care that informal care no longer carries: `persons` this month (negative when
// informal care carries more than at the start); the change from last month makes new clients or ends
// care.
void CareSystem::add_ongoing_need(QuestionType type, double persons, CareNeeds& needs) {
  const std::size_t t = index(type);
  const double shifted = std::max(persons, -needs.persons[t]);
  const double change = shifted - shifted_before_[t];
  shifted_before_[t] = shifted;
  needs.persons[t] += shifted;
  if (change > 0.0) {
    needs.questions[t] += change;
  } else {
    needs.ended[t] -= change;
  }
}

void CareSystem::shift_to_formal(CareNeeds& needs, InformalMonth& out) {
  const InformalCareSettings& s = settings_->informal;
  const double waiting = lists_[index(Place::wmo_provider)].total() + lists_[index(Place::wlz_provider)].total();
  const InformalCarers::Month carers = carers_.step(needs.need_help_at_home, needs.need_help_with_carer, waiting);
  out.carers_overloaded = carers.overloaded;
  out.without_informal_care = carers.without_care;
  out.shift_wmo = s.gap_to_wmo * carers.shifted;
  out.shift_home_nursing = s.gap_to_home_nursing * carers.shifted;
  out.shift_wlz = s.gap_to_wlz * carers.shifted;
  add_ongoing_need(QuestionType::support_at_home, out.shift_wmo, needs);
  add_ongoing_need(QuestionType::long_term_care, out.shift_wlz, needs);
  // District nursing makes its new clients from the change in persons below.
  const std::size_t home = index(QuestionType::home_nursing);
  needs.persons[home] = std::max(0.0, needs.persons[home] + out.shift_home_nursing);
}

// The work given up at welzijn, as questions in the mix that arrived there (those answered in
// contacts), of which a share turns to the GP.
QuestionCounts CareSystem::given_up_at_welzijn(const RoutedMonth& routed, double arriving, double abandoned) const {
  QuestionCounts out{};
  if (arriving <= 0.0) return out;
  const PlaceLoad& load = routed.at(Place::welzijn);
  const double share = settings_->informal.gave_up_to_gp * abandoned / arriving;
  for (std::size_t t = 0; t < n_question_types; ++t) {
    if (is_ongoing(static_cast<QuestionType>(t))) continue;
    out[t] = share * (load.at_right_place[t] + load.at_wrong_place[t]);
  }
  return out;
}

// The unresolved questions that would come back in a month if this month's new questions had been
// arriving for long: a share u of a type's questions is left unresolved each time it is routed, so
// q new questions a month bring q·u/(1 − u) back. The first month starts from it, so that places are
// calibrated on the load they keep rather than on a first month without returners.
QuestionCounts CareSystem::steady_returning(const QuestionCounts& questions) const {
  const RoutingSetup& routing = settings_->routing;
  QuestionCounts one{};
  one.fill(1.0);
  const QuestionCounts left = route(routing.table, routing.right, routing.triage, one).unresolved();
  QuestionCounts out{};
  for (std::size_t t = 0; t < n_question_types; ++t) {
    if (left[t] < 1.0) out[t] = questions[t] * left[t] / (1.0 - left[t]);
  }
  return out;
}

void CareSystem::add_avoided(QuestionType need, double factor, double per_avoided, double& stock, CareNeeds& needs) {
  const std::size_t t = index(need);
  const double at_start = needs.persons[t] - needs.questions[t] + needs.ended[t];
  const double staying = at_start > 0.0 ? 1.0 - std::clamp(needs.ended[t] / at_start, 0.0, 1.0) : 1.0;
  const double avoided = factor > 0.0 ? needs.questions[t] * (1.0 / factor - 1.0) : 0.0;
  stock = stock * staying + avoided;
  needs.persons[index(QuestionType::home_nursing)] += per_avoided * stock;
}

CareMonth CareSystem::step(const CareNeeds& given_needs, const CareLevers& levers) {
  levers_ = &levers;
  CareNeeds needs = given_needs;
  CareMonth out;
  shift_to_formal(needs, out.informal);
  if (levers.home_nursing_per_avoided > 0.0) {
    add_avoided(QuestionType::long_term_care, levers.wlz_need_factor, levers.home_nursing_per_avoided,
                avoided_admissions_, needs);
  }
  if (levers.refused_wmo_to_home_nursing > 0.0) {
    add_avoided(QuestionType::support_at_home, levers.wmo_need_factor, levers.refused_wmo_to_home_nursing, refused_wmo_,
                needs);
  }
  // District nursing has no state of its own: its clients leave after an episode of mean length
  // and new ones make up the change in the number needing it. Those waiting for a nursing home
  // need it too: a Wlz wait feeds district nursing.
  const std::size_t home = index(QuestionType::home_nursing);
  needs.persons[home] += settings_->wlz_waiting_home_nursing_share * lists_[index(Place::wlz_provider)].total();
  const double before = started_ ? home_nursing_before_ : needs.persons[home];
  needs.ended[home] = before * settings_->home_nursing_exit_share;
  needs.questions[home] = std::max(0.0, needs.persons[home] - before + needs.ended[home]);
  home_nursing_before_ = needs.persons[home];

  const RoutingSetup& routing = settings_->routing;
  if (!started_) returning_ = steady_returning(needs.questions);
  QuestionCounts questions = needs.questions;
  for (std::size_t t = 0; t < n_question_types; ++t) questions[t] += returning_[t];
  out.routed = route(routing.table, routing.right, routing.triage, questions, levers.referrals);
  out.routed.add(route(settings_->to_gp, routing.right, routing.triage, to_gp_));
  returning_ = out.routed.unresolved();
  volunteers_.start_month(needs.volunteer_potential);

  const auto arriving = work_arriving(out.routed);
  if (!started_) start(needs, arriving);
  const WorkforceMonth workforce = workforce_.step(levers.turnover_factor);

  std::array<double, n_professions> required{};
  for (std::size_t p = 0; p < n_places; ++p) {
    const auto place = static_cast<Place>(p);
    const double fte_needed = serve(place, arriving[p], needs, out);
    if (const auto& profession = settings_->places[p].staffing.profession) required[index(*profession)] += fte_needed;
  }
  const auto& welzijn = out.places[index(Place::welzijn)];
  const auto at_welzijn = [&welzijn](PlaceMeasure k) { return welzijn[static_cast<std::size_t>(k)]; };
  const double asked =
      at_welzijn(PlaceMeasure::served) + at_welzijn(PlaceMeasure::abandoned) + at_welzijn(PlaceMeasure::waiting);
  const double welzijn_capacity = at_welzijn(PlaceMeasure::capacity);
  out.informal.volunteers = volunteers_.volunteers();
  out.informal.volunteer_hours = volunteers_.hours();
  volunteers_.end_month(welzijn_capacity > 0.0 ? asked / welzijn_capacity : 0.0, needs.volunteer_potential);
  to_gp_ = given_up_at_welzijn(out.routed, arriving[index(Place::welzijn)], at_welzijn(PlaceMeasure::abandoned));
  for (const double q : to_gp_) out.informal.gave_up_to_gp += q;
  for (std::size_t r = 0; r < n_professions; ++r) {
    const auto profession = static_cast<Profession>(r);
    const ProfessionMonth& month = workforce.of(profession);
    const double extra = levers.extra_fte[r];
    const Shortage shortage = shortage_of(required[r], workforce_.available_fte(profession) + extra);
    auto& m = out.professions[r];
    const auto set = [&m](ProfessionMeasure k, double v) { m[static_cast<std::size_t>(k)] = v; };
    set(ProfessionMeasure::fte, month.fte_end + extra);
    set(ProfessionMeasure::fte_required, required[r]);
    set(ProfessionMeasure::shortage_fte, shortage.fte);
    set(ProfessionMeasure::shortage_share, shortage.share);
    set(ProfessionMeasure::inflow, month.inflow);
    set(ProfessionMeasure::turnover, month.turnover);
    set(ProfessionMeasure::retirement, month.retirement);
  }
  return out;
}

}  // namespace regiotwin
