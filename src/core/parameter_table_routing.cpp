// Routing and triage of help questions ("juiste zorg op de juiste plek", model.md §4,
// docs/routing.md). The registry holds single values, so each table below becomes one parameter
// per cell, named by routing_parameter (care/routing_table.hpp). The tables are the one place the
// defaults are written; the end of this file reads them back into RoutingTable, RightPlaces and
// Triage. Cells not listed are zero (entry, referral) or take the place's row (triage by type).
// Most numbers are assumptions: no Dutch source counts where help questions enter or what happens
// to them there, so each says what it rests on, to be calibrated.
//
// The question types of model.md §3 are questions of two kinds (questions group): contacts
// (medical, social, mental_mild, work_income) and months of ongoing care (mental_severe,
// support_at_home, home_nursing, youth, long_term_care). A month of ongoing care is mostly asked
// where the care is given; its few percent elsewhere stand for new episodes and changes.
#include <fmt/format.h>
#include <algorithm>
#include <array>
#include <numeric>
#include <string>
#include <vector>

#include "care/routing_table.hpp"
#include "core/parameter_declare.hpp"

namespace regiotwin::declare {
namespace {

using Q = QuestionType;
using P = Place;

const std::string group = "routing";

// --- sources ---
constexpr const char* medical_entry =
    "Derived: medical questions are GP consultations (questions group), so nearly all enter at the GP; 2% first "
    "raised with the district nurse by clients in home nursing is an assumption";
constexpr const char* social_entry =
    "Assumption, to calibrate against about 30% of GP consultations having a social background (welzijn op recept "
    "literature, facts.md) and psychosocial complaints filling 20-50% of consultation hours (Zorg en Zekerheid and "
    "Landelijk kennisnetwerk Welzijn op Recept, via nationalezorggids.nl): the GP is where most residents take them, "
    "the rest reach "
    "the sociale basis directly";
constexpr const char* mental_mild_entry =
    "Assumption: residents take stress, gloom and mild anxiety to the GP first (VGZ, dossier Welzijn op Recept); "
    "POH-GGZ care starts after a GP consultation, so few enter there directly";
constexpr const char* ongoing_care_entry =
    "Assumption: a month of ongoing care is asked where it is given; the few percent elsewhere stand for new "
    "episodes and changes, of the order of a month's inflow";
constexpr const char* work_income_entry =
    "Assumption: people on bijstand see their consultant at the work and income service; a few first ask the "
    "wijkteam or the GP";
constexpr const char* youth_entry =
    "Derived: CBS Jeugdhulp 2020, 82,040 of 567,770 trajectories by the wijk- or buurtteam (14%); new questions "
    "at the GP about 2%: the GP refers 38% of trajectories begun (CBS 85096NED 2021, 110,725 of 287,870), begun "
    "trajectories being about 5% of those running in a month (assumption)";
constexpr const char* right_place = "model.md §3: the only right place of the type";
constexpr const char* social_referral =
    "Assumption: loneliness and lack of meaning go to a welzijnscoach (welzijn op recept, Movisie); money, housing "
    "and relations to the wijkteam";
constexpr const char* mental_mild_referral =
    "model.md §3 names POH-GGZ and welzijn; basic GGZ is added for the mild questions that prove a disorder (the "
    "model has no moderate type). Shares are an assumption";
constexpr const char* support_referral =
    "Design decision: Wmo support needs the municipality's decision, so a question entering at the wijkteam is "
    "assessed there (the short contact) and referred to the Wmo provider, the only right place";
constexpr const char* youth_referral =
    "Assumption guided by CBS 85096NED 2021: the GP is the largest referrer to jeugdhulp providers (38% of "
    "trajectories begun); families are also sent to the wijkteam";
constexpr const char* place_triage =
    "Assumption: professionals of this place know the local network and refer most questions that are not theirs";
constexpr const char* provider_triage =
    "Assumption: a care provider points people elsewhere less readily than an access team and helps some itself";

// --- tables ---
// The tables are meant to be read as tables, so the formatter leaves them alone.
// clang-format off

struct EntryShare {
  Q type;
  P place;
  double share;
  const char* source;
};

// Where each type's questions enter: each type's shares add up to 1.
constexpr auto entry_shares = std::to_array<EntryShare>({
    // type               entry place           share   source
    {Q::medical,          P::gp,                0.98,   medical_entry},
    {Q::medical,          P::wijkverpleging,    0.02,   medical_entry},
    {Q::social,           P::gp,                0.45,   social_entry},
    {Q::social,           P::wijkteam,          0.25,   social_entry},
    {Q::social,           P::welzijn,           0.20,   social_entry},
    {Q::social,           P::poh_ggz,           0.05,   social_entry},
    {Q::social,           P::work_income_desk,  0.05,   social_entry},
    {Q::mental_mild,      P::gp,                0.70,   mental_mild_entry},
    {Q::mental_mild,      P::poh_ggz,           0.10,   mental_mild_entry},
    {Q::mental_mild,      P::welzijn,           0.10,   mental_mild_entry},
    {Q::mental_mild,      P::wijkteam,          0.10,   mental_mild_entry},
    {Q::mental_severe,    P::specialist_ggz,    0.96,   ongoing_care_entry},
    {Q::mental_severe,    P::gp,                0.03,   ongoing_care_entry},
    {Q::mental_severe,    P::basic_ggz,         0.01,   ongoing_care_entry},
    {Q::support_at_home,  P::wmo_provider,      0.96,   ongoing_care_entry},
    {Q::support_at_home,  P::wijkteam,          0.03,   ongoing_care_entry},
    {Q::support_at_home,  P::gp,                0.01,   ongoing_care_entry},
    {Q::home_nursing,     P::wijkverpleging,    0.97,   ongoing_care_entry},
    {Q::home_nursing,     P::gp,                0.03,   ongoing_care_entry},
    {Q::youth,            P::youth_care,        0.84,   youth_entry},
    {Q::youth,            P::wijkteam,          0.14,   youth_entry},
    {Q::youth,            P::gp,                0.02,   youth_entry},
    {Q::long_term_care,   P::wlz_provider,      0.97,   ongoing_care_entry},
    {Q::long_term_care,   P::wijkverpleging,    0.015,  ongoing_care_entry},
    {Q::long_term_care,   P::gp,                0.01,   ongoing_care_entry},
    {Q::long_term_care,   P::wijkteam,          0.005,  ongoing_care_entry},
    {Q::work_income,      P::work_income_desk,  0.95,   work_income_entry},
    {Q::work_income,      P::wijkteam,          0.04,   work_income_entry},
    {Q::work_income,      P::gp,                0.01,   work_income_entry},
});

// The right places of each type (model.md §3) and how its referred questions divide among them:
// each type's shares add up to 1. A listed place is right even if an override sets its share to 0.
constexpr auto referral_shares = std::to_array<EntryShare>({
    // type               right place           share   source
    {Q::medical,          P::gp,                1.0,    right_place},
    {Q::social,           P::welzijn,           0.6,    social_referral},
    {Q::social,           P::wijkteam,          0.4,    social_referral},
    {Q::mental_mild,      P::poh_ggz,           0.5,    mental_mild_referral},
    {Q::mental_mild,      P::basic_ggz,         0.3,    mental_mild_referral},
    {Q::mental_mild,      P::welzijn,           0.2,    mental_mild_referral},
    {Q::mental_severe,    P::specialist_ggz,    1.0,    right_place},
    {Q::support_at_home,  P::wmo_provider,      1.0,    support_referral},
    {Q::home_nursing,     P::wijkverpleging,    1.0,    right_place},
    {Q::youth,            P::youth_care,        0.8,    youth_referral},
    {Q::youth,            P::wijkteam,          0.2,    youth_referral},
    {Q::long_term_care,   P::wlz_provider,      1.0,    right_place},
    {Q::work_income,      P::work_income_desk,  1.0,    right_place},
});

struct PlaceTriage {
  P place;
  double refer;
  double handle;
  const char* source;
};

// What a place does with a question it is not right for: refer it on, handle it anyway, or leave
// it unresolved (the rest). The GP has a row per type below instead.
constexpr auto place_triage_rows = std::to_array<PlaceTriage>({
    // entry place           refer   handle  source
    {P::poh_ggz,             0.80,   0.15,   place_triage},
    {P::wijkteam,            0.80,   0.15,   place_triage},
    {P::welzijn,             0.70,   0.15,   place_triage},
    {P::basic_ggz,           0.85,   0.10,   place_triage},
    {P::specialist_ggz,      0.85,   0.10,   place_triage},
    {P::wijkverpleging,      0.80,   0.15,   place_triage},
    {P::wmo_provider,        0.60,   0.20,   provider_triage},
    {P::youth_care,          0.70,   0.20,   provider_triage},
    {P::wlz_provider,        0.60,   0.30,   provider_triage},
    {P::work_income_desk,    0.50,   0.20,   provider_triage},
});

struct TypeTriage {
  Q type;
  P place;
  double refer;
  double handle;
  const char* source;
};

// Triage by type where a place treats types differently. The GP most: it is the gatekeeper for GGZ,
// jeugdhulp and district nursing, but has few routes into the social domain; these are the levers of
// welzijn op recept and of the GP-social domain cooperation the IZA and AZWA ask for. The wijkteam
// assesses Wmo questions for the municipality and refers nearly all of them to a provider.
constexpr auto type_triage_rows = std::to_array<TypeTriage>({
    // type               entry place  refer  handle  source
    {Q::social,           P::gp,       0.15,  0.55,
     "Assumption: welzijn op recept runs in 170 municipalities (IQ healthcare, Landelijke monitor Welzijn op Recept "
     "2023) but referrals per GP are few (Landelijk kennisnetwerk Welzijn op Recept 2020); GPs more often prescribe "
     "medication or refer to a psychologist (VGZ, dossier Welzijn op Recept); the rest come back"},
    {Q::mental_mild,      P::gp,       0.60,  0.30,
     "Assumption: most practices have a POH-GGZ, to whom the GP passes mild problems within the practice; the GP "
     "treats the rest, often with medication (VGZ, dossier Welzijn op Recept)"},
    {Q::mental_severe,    P::gp,       0.85,  0.10,
     "Assumption: specialist GGZ needs a GP referral (Zvw), so the GP refers nearly all; a few are treated by the GP "
     "or wait"},
    {Q::support_at_home,  P::gp,       0.70,  0.05,
     "Assumption: Wmo support needs the municipality's decision; the GP points people to the municipality, not "
     "all follow up"},
    {Q::home_nursing,     P::gp,       0.90,  0.05,
     "Assumption: since 2015 the district nurse assesses the need herself (Zvw), so the GP passes questions on"},
    {Q::youth,            P::gp,       0.80,  0.10,
     "Assumption guided by CBS 85096NED 2021: the GP is the largest referrer to jeugdhulp (38% of trajectories "
     "begun)"},
    {Q::long_term_care,   P::gp,       0.70,  0.05,
     "Assumption: a Wlz place needs a CIZ indication and a free place; the GP starts the application, the rest "
     "waits"},
    {Q::support_at_home,  P::wijkteam, 0.90,  0.05,
     "Design decision with assumed shares: the wijkteam assesses Wmo questions for the municipality (the short "
     "contact) and refers those granted to a Wmo provider; it gives light support itself to a few"},
    {Q::work_income,      P::gp,       0.30,  0.05,
     "Assumption: GPs seldom have a route to the work and income service; linking them is an aim of the IZA and "
     "AZWA"},
});

// clang-format on

std::string label(Q type) { return std::string(question_type_names[type_index(type)]); }
// "gp (huisarts)": the name in files, with the Dutch one where it differs.
std::string label(P place) {
  const std::string_view name = place_names[place_index(place)];
  const std::string_view dutch = place_names_nl[place_index(place)];
  return std::string(name) + (name == dutch ? std::string() : " (" + std::string(dutch) + ")");
}

ParamSpec probability(std::string name, double value, std::string description, const char* source) {
  return real(std::move(name), group, "probability", 0.0, 1.0, value, std::move(description), source);
}

}  // namespace

std::vector<ParamSpec> routing_parameters() {
  std::vector<ParamSpec> out;
  out.reserve(entry_shares.size() + referral_shares.size() + 2 * (type_triage_rows.size() + place_triage_rows.size()) +
              2);
  for (const EntryShare& e : entry_shares) {
    out.push_back(real(routing_parameter::entry(e.type, e.place), group, "share of the type's questions", 0.0, 1.0,
                       e.share,
                       "Share of " + label(e.type) + " questions that enter at " + label(e.place) +
                           ". A type's entry shares must add up to 1; change a whole row, or give it in a region "
                           "pack's routing.csv.",
                       e.source));
  }
  for (const EntryShare& r : referral_shares) {
    out.push_back(real(routing_parameter::referred(r.type, r.place), group, "share of referred questions", 0.0, 1.0,
                       r.share,
                       label(r.place) + " is a right place for " + label(r.type) +
                           " questions; this share of those referred on goes there. A type's shares add up to 1.",
                       r.source));
  }
  for (const TypeTriage& t : type_triage_rows) {
    const std::string what = label(t.type) + " questions at " + label(t.place);
    out.push_back(probability(routing_parameter::refer(t.place, t.type), t.refer,
                              "Probability that " + what + " are referred on to a right place.", t.source));
    out.push_back(probability(routing_parameter::handle(t.place, t.type), t.handle,
                              "Probability that " + what +
                                  " are handled there anyway (at extra effort); the rest "
                                  "is left unresolved and comes back next month.",
                              t.source));
  }
  for (const PlaceTriage& t : place_triage_rows) {
    const std::string what = "a question that is not right at " + label(t.place);
    out.push_back(probability(routing_parameter::refer(t.place), t.refer,
                              "Probability that " + what + " is referred on to a right place.", t.source));
    out.push_back(probability(routing_parameter::handle(t.place), t.handle,
                              "Probability that " + what +
                                  " is handled there anyway (at extra effort); the rest is "
                                  "left unresolved and comes back next month.",
                              t.source));
  }
  out.push_back(real(routing_parameter::short_contact_size, group, "contacts", 0.0, 5.0, 1.0,
                     "Contacts the triage of a question at a wrong place takes there before it is referred on or "
                     "left unresolved (1 = an ordinary contact of that place).",
                     "Assumption: one ordinary contact, such as a standard 10-minute GP consultation"));
  out.push_back(real(routing_parameter::wrong_place_effort, group, "multiple of the effort at a right place", 1.0, 5.0,
                     1.5,
                     "Effort (time and so cost) of a question handled at a place that is not right for it, as a "
                     "multiple of its effort at a right place; includes the first contact.",
                     "Assumption: such questions come back more often (people with psychosocial problems visit the GP "
                     "more often, Smits et al. 2009, cited in Geron, 'Welzijn op Recept'); no published factor"));
  return out;
}

}  // namespace regiotwin::declare

// Reading the defaults back: the same names, so a cell declared above is a cell read here.
namespace regiotwin {
namespace {

std::string_view name_of(QuestionType type) { return question_type_names[type_index(type)]; }
std::string_view name_of(Place place) { return place_names[place_index(place)]; }

bool declared(const std::string& name) {
  const auto& registry = parameter_registry();
  return std::any_of(registry.begin(), registry.end(), [&](const ParamSpec& s) { return s.name == name; });
}

// A declared cell of a per-cell table in the registry, with the value in force.
struct Cell {
  Place place;
  std::string name;
  double value;
};

// The declared cells of one row, in place order.
template <typename NameOf>
std::vector<Cell> declared_row(const ParameterSet& params, NameOf name_of_cell) {
  std::vector<Cell> row;
  for (std::size_t p = 0; p < n_places; ++p) {
    const auto place = static_cast<Place>(p);
    std::string name = name_of_cell(place);
    if (declared(name)) {
      const double value = params.real(name);
      row.push_back(Cell{place, std::move(name), value});
    }
  }
  return row;
}

double sum_of(const std::vector<Cell>& row) {
  return std::accumulate(row.begin(), row.end(), 0.0, [](double s, const Cell& c) { return s + c.value; });
}

// "a 0.4 + b 0.6", to show which parameters make up a sum.
std::string terms(const std::vector<Cell>& row) {
  std::string out;
  for (const Cell& c : row) out += fmt::format("{}{} {:g}", out.empty() ? "" : " + ", c.name, c.value);
  return out.empty() ? "none declared" : out;
}

}  // namespace

RoutingTable default_routing_table(const ParameterSet& params) {
  RoutingTable table;
  for (std::size_t t = 0; t < n_question_types; ++t) {
    const auto type = static_cast<QuestionType>(t);
    const auto row = declared_row(params, [&](Place p) { return routing_parameter::entry(type, p); });
    if (!adds_up_to_one(sum_of(row))) {
      throw ValidationError(fmt::format(
          "the entry shares of {} questions add up to {:g} ({}); they must add up to 1: change the whole row, or "
          "give it in a region pack's routing.csv",
          name_of(type), sum_of(row), terms(row)));
    }
    for (const Cell& c : row) table.entry[t][place_index(c.place)] = c.value;
  }
  return table;
}

RightPlaces default_right_places(const ParameterSet& params) {
  RightPlaces right;
  for (std::size_t t = 0; t < n_question_types; ++t) {
    const auto type = static_cast<QuestionType>(t);
    const auto row = declared_row(params, [&](Place p) { return routing_parameter::referred(type, p); });
    if (!adds_up_to_one(sum_of(row))) {
      throw ValidationError(
          fmt::format("the shares of referred {} questions add up to {:g} ({}); they must add up to 1", name_of(type),
                      sum_of(row), terms(row)));
    }
    for (const Cell& c : row) {
      right.is_right[t][place_index(c.place)] = true;
      right.referral[t][place_index(c.place)] = c.value;
    }
  }
  return right;
}

Triage default_triage(const ParameterSet& params) {
  const RightPlaces right = default_right_places(params);
  Triage out;
  for (std::size_t t = 0; t < n_question_types; ++t) {
    const auto type = static_cast<QuestionType>(t);
    for (std::size_t p = 0; p < n_places; ++p) {
      const auto place = static_cast<Place>(p);
      if (right.is_right[t][p]) continue;
      // A row for this type at this place wins over the place's row for all types.
      const bool by_type = declared(routing_parameter::refer(place, type));
      const std::optional<QuestionType> which = by_type ? std::optional(type) : std::nullopt;
      const std::string refer = routing_parameter::refer(place, which);
      const std::string handle = routing_parameter::handle(place, which);
      if (!declared(refer) || !declared(handle)) {
        throw Error(ExitCode::internal,
                    fmt::format("no triage declared for {} questions at {}: declare {} and {}", name_of(type),
                                name_of(place), routing_parameter::refer(place), routing_parameter::handle(place)));
      }
      TriageOutcome& outcome = out.at[t][p];
      outcome.refer = params.real(refer);
      outcome.handle = params.real(handle);
      if (outcome.refer + outcome.handle > 1.0 + probability_slack) {
        throw ValidationError(fmt::format("{} {:g} + {} {:g} = {:g}: referred and handled cannot add up to more than 1",
                                          refer, outcome.refer, handle, outcome.handle,
                                          outcome.refer + outcome.handle));
      }
    }
  }
  out.short_contact_size.fill(params.real(routing_parameter::short_contact_size));
  out.wrong_place_effort.fill(params.real(routing_parameter::wrong_place_effort));
  return out;
}

}  // namespace regiotwin
