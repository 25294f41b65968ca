#include "plan/intervention_types.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "care/care_types.hpp"
#include "finance/ledger.hpp"

namespace regiotwin {
namespace {

using enum FieldKind;

constexpr double max_euro = 1e10;

constexpr std::array common_fields = {
    FieldSpec{"name", text, "", 0, 0, true, {}, "What the regioplan calls the intervention."},
    FieldSpec{"owner", party, "", 0, 0, true, {}, "The party that carries it out."},
    FieldSpec{"funder", payer, "", 0, 0, true, {}, "The payer of its cost."},
    FieldSpec{"funder_after",
              payer,
              "",
              0,
              0,
              false,
              {},
              "Who pays once the region's transformation funds run out (funder transformatiemiddelen only); "
              "without it the intervention stops then."},
    FieldSpec{"start", month, "", 0, 0, true, {}, "First month, YYYY-MM, within the scenario's horizon."},
    FieldSpec{
        "end", month, "", 0, 0, false, {}, "Last month, YYYY-MM; without it the intervention runs to the horizon."},
    FieldSpec{"ramp_months", whole_number, "months", 0, 120, false, 0.0,
              "Months from the start to the full effect; the effect grows linearly meanwhile."},
    FieldSpec{"cost_per_year", number, "EUR per year", 0, max_euro, false, 0.0,
              "Cost while it runs, in constant prices of the base year, booked monthly to the funder."},
};

constexpr std::array targets = {
    FieldSpec{"municipalities",
              municipalities,
              "",
              0,
              0,
              false,
              {},
              "CBS codes (GM0193) of the municipalities where it acts; without it all of the region."},
    FieldSpec{"ages",
              age_bands,
              "",
              0,
              0,
              false,
              {},
              "Age bands (18-64, 75+) of the residents it acts on; without it all ages. Prevention only."},
};

constexpr std::array prevention_fields = {
    FieldSpec{"state",
              state,
              "",
              0,
              0,
              true,
              {},
              "The state whose incidence falls: chronic, mental (mild problems), frailty, lonely, financial or "
              "youth_care."},
    FieldSpec{"incidence_change",
              number,
              "share",
              -1,
              1,
              true,
              {},
              "Relative change of the state's monthly incidence in the target group at full effect: -0.1 is 10% fewer "
              "new cases."},
    FieldSpec{"lag_months", whole_number, "months", 0, 120, false, 0.0,
              "Months between the start and the first effect (a programme takes time to work)."},
};

constexpr std::array social_base_fields = {
    FieldSpec{"place", place, "", 0, 0, true, {}, "Where the capacity is added.", "welzijn,wijkteam"},
    FieldSpec{"extra_fte",
              number,
              "FTE",
              0,
              10000,
              true,
              {},
              "Extra FTE at full effect, shared over the target municipalities by inhabitants."},
};

constexpr std::array referral_fields = {
    FieldSpec{"question", question_type, "", 0, 0, true, {}, "The question type that is referred."},
    FieldSpec{"from", place, "", 0, 0, true, {}, "The place where those questions enter and are triaged."},
    FieldSpec{"to", place, "", 0, 0, true, {}, "The place they are referred to; it must be right for the type."},
    FieldSpec{"extra_referral",
              number,
              "probability",
              0,
              1,
              true,
              {},
              "Added probability that such a question is referred on at `from` (welzijn op recept, GP-social domain "
              "cooperation); it is taken from handling there and leaving it unresolved, in proportion."},
};

constexpr std::array ehealth_fields = {
    FieldSpec{"place",
              place,
              "",
              0,
              0,
              true,
              {},
              "A place that answers questions in contacts.",
              "gp,poh_ggz,wijkteam,welzijn,basic_ggz,work_income_desk"},
    FieldSpec{"digital_share", number, "share", 0, 1, true, {}, "Share of its contacts that becomes digital."},
    FieldSpec{"time_saving", number, "share", 0, 0.95, false, 0.5,
              "Share of a contact's time a digital contact saves."},
};

constexpr std::array admin_reduction_fields = {
    FieldSpec{"profession", profession, "", 0, 0, true, {}, "The profession whose administrative load falls."},
    FieldSpec{"productivity_gain",
              number,
              "share",
              0,
              1,
              true,
              {},
              "Relative rise of the work an FTE does (contacts or clients per FTE): 0.1 is 10% more."},
};

constexpr std::array retention_fields = {
    FieldSpec{"profession", profession, "", 0, 0, true, {}, "The profession whose workers stay longer."},
    FieldSpec{"turnover_change",
              number,
              "share",
              -1,
              0,
              true,
              {},
              "Relative change of the turnover to other sectors: -0.2 is a fifth fewer leavers."},
};

constexpr std::array housing_elderly_fields = {
    FieldSpec{"wlz_admission_change",
              number,
              "share",
              -1,
              0,
              true,
              {},
              "Relative change of admissions to nursing homes (Wlz) of residents in the target municipalities."},
    FieldSpec{"home_nursing_per_avoided", number, "persons", 0, 5, false, 1.0,
              "Residents in district nursing per admission avoided (they stay at home with care)."},
};

constexpr std::array capacity_fields = {
    FieldSpec{"profession", profession, "", 0, 0, true, {}, "The profession that grows."},
    FieldSpec{"extra_fte",
              number,
              "FTE",
              0,
              100000,
              true,
              {},
              "Extra FTE at full effect, shared over the target municipalities by inhabitants."},
};

const std::array<InterventionSpec, n_intervention_types> specs = {{
    {InterventionType::prevention, "prevention",
     "Lowers the incidence of a state in a target group after a lag (e.g. a loneliness or falls-prevention "
     "programme).",
     prevention_fields},
    {InterventionType::social_base, "social_base",
     "Strengthens the sociale basis: extra welfare workers or wijkteam workers.", social_base_fields},
    {InterventionType::referral, "referral",
     "Refers more questions of a type from one place to a right place (welzijn op recept).", referral_fields},
    {InterventionType::ehealth, "ehealth", "Makes a share of a place's contacts digital, using less time.",
     ehealth_fields},
    {InterventionType::admin_reduction, "admin_reduction",
     "Less administration: an FTE of a profession does more work.", admin_reduction_fields},
    {InterventionType::retention, "retention", "Keeps workers of a profession longer: less turnover.",
     retention_fields},
    {InterventionType::housing_elderly, "housing_elderly",
     "Housing for the elderly (thuis ouder worden): fewer nursing-home admissions, more district nursing.",
     housing_elderly_fields},
    {InterventionType::capacity, "capacity", "Adds FTE to a profession (hiring, training places).", capacity_fields},
}};

std::string_view kind_text(const FieldSpec& f) {
  switch (f.kind) {
    case number: return "number";
    case whole_number: return "whole number";
    case month: return "YYYY-MM";
    case text: return "text";
    case party: return "party";
    case payer: return "payer";
    case state: return "state";
    case place: return "place";
    case profession: return "profession";
    case question_type: return "question type";
    case municipalities: return "list of codes";
    case age_bands: return "list of age bands";
  }
  return "?";
}

std::string field_rows(std::span<const FieldSpec> fields) {
  std::string out;
  for (const FieldSpec& f : fields) {
    std::string value(kind_text(f));
    if (f.kind == number || f.kind == whole_number) {
      value = fmt::format("{} in [{:g}, {:g}] {}", value, f.min, f.max, f.unit);
      if (f.default_value) value += fmt::format(", default {:g}", *f.default_value);
    }
    if (!f.only.empty()) value += fmt::format(": {}", f.only);
    out += fmt::format("| `{}` | {} | {} | {} |\n", f.name, f.required ? "yes" : "no", value, f.description);
  }
  return out;
}

std::array<std::string_view, n_payers> all_payer_names() {
  std::array<std::string_view, n_payers> out{};
  for (std::size_t p = 0; p < n_payers; ++p) out[p] = payer_name(static_cast<Payer>(p));
  return out;
}

template <std::size_t N>
std::string names(const std::array<std::string_view, N>& list) {
  std::string out;
  for (const std::string_view n : list) out += fmt::format("{}`{}`", out.empty() ? "" : ", ", n);
  return out;
}

}  // namespace

std::span<const FieldSpec> common_intervention_fields() { return common_fields; }
std::span<const FieldSpec> target_fields() { return targets; }
const InterventionSpec& intervention_spec(InterventionType type) { return specs[static_cast<std::size_t>(type)]; }

std::optional<InterventionType> intervention_type_named(std::string_view name) {
  const auto* it = std::find_if(specs.begin(), specs.end(), [&](const InterventionSpec& s) { return s.name == name; });
  if (it == specs.end()) return std::nullopt;
  return it->type;
}

const FieldSpec* find_field(std::span<const FieldSpec> fields, std::string_view name) {
  const auto it = std::find_if(fields.begin(), fields.end(), [&](const FieldSpec& f) { return f.name == name; });
  return it == fields.end() ? nullptr : &*it;
}

std::string render_scenario_reference() {
  std::string out =
      "# Scenario reference\n\n"
      "Generated by `regiotwin scenarios` from the declarations the scenario parser uses "
      "(`src/plan/intervention_types.cpp`); do not edit.\n\n"
      "## The file\n\n"
      "| key | required | value | meaning |\n|---|---|---|---|\n"
      "| `name` | no | text | The plan's name, shown in the report. |\n"
      "| `description` | no | text | What the plan is about. |\n"
      "| `region` | no | text | An embedded region id or a region pack folder. |\n"
      "| `from` | no | YYYY-MM | First month of the horizon. |\n"
      "| `to` | no | YYYY-MM | Last month of the horizon. |\n"
      "| `seed` | no | whole number | Random seed; replication r uses seed + r. |\n"
      "| `replications` | no | whole number in [1, 10000], default 1 | Runs of plan and baseline with common "
      "random numbers. |\n"
      "| `parameters` | no | mapping | Parameter overrides for plan and baseline alike (docs/parameters.md). |\n"
      "| `interventions` | no | list | The regioplan's interventions, below. |\n\n"
      "## Every intervention\n\n"
      "| field | required | value | meaning |\n|---|---|---|---|\n"
      "| `type` | yes | one of the types below | What the intervention does. |\n";
  out += field_rows(common_fields);
  out += "| `targets` | no | mapping | Where and on whom it acts: |\n";
  out += field_rows(targets);
  out += fmt::format("\nParties (`owner`): {}.\n\nPayers (`funder`, `funder_after`): {}.\n", names(party_names),
                     names(all_payer_names()));
  for (const InterventionSpec& spec : specs) {
    out += fmt::format("\n## `{}`\n\n{}\n\n| field | required | value | meaning |\n|---|---|---|---|\n", spec.name,
                       spec.description);
    out += field_rows(spec.fields);
  }
  out += fmt::format("\nPlaces: {}.\n\nProfessions: {}.\n\nQuestion types: {}.\n", names(place_names),
                     names(profession_names), names(question_type_names));
  return out;
}

}  // namespace regiotwin
