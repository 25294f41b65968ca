#include "regiobeeld/labels.hpp"

#include <array>

#include "finance/ledger.hpp"

namespace regiotwin {

Text place_title(Place place) {
  static const std::array<std::string_view, n_places> en = {"general practice",
                                                            "POH-GGZ",
                                                            "wijkteam",
                                                            "welfare work",
                                                            "basic mental-health care",
                                                            "specialist mental-health care",
                                                            "district nursing",
                                                            "Wmo providers",
                                                            "youth care",
                                                            "nursing home (Wlz)",
                                                            "work and income"};
  const auto p = static_cast<std::size_t>(place);
  return {std::string(place_names_nl[p]), std::string(en[p])};
}

Text place_unit_text(Place place) {
  if (ongoing_need(place)) return {"cliënten", "clients"};
  return {"contacten", "contacts"};
}

Text profession_title(Profession profession) {
  static const std::array<std::pair<std::string_view, std::string_view>, n_professions> names = {{
      {"huisartsen", "general practitioners"},
      {"POH-GGZ", "POH-GGZ"},
      {"wijkverpleegkundigen", "district nurses"},
      {"GGZ-professionals", "mental-health professionals"},
      {"wijkteammedewerkers", "wijkteam workers"},
      {"welzijnswerkers", "welfare workers"},
      {"jeugdhulpverleners", "youth workers"},
      {"verzorgenden langdurige zorg", "long-term care carers"},
  }};
  const auto& [nl, en] = names[static_cast<std::size_t>(profession)];
  return {std::string(nl), std::string(en)};
}

Text payer_title(std::size_t payer) {
  if (payer == n_payers) return {"alle betalers", "all payers"};
  switch (static_cast<Payer>(payer)) {
    case Payer::zvw: return {"zorgverzekeraar (Zvw)", "health insurer (Zvw)"};
    case Payer::wmo: return {"gemeente: Wmo", "municipality: Wmo"};
    case Payer::jeugdwet: return {"gemeente: Jeugdwet", "municipality: Jeugdwet"};
    case Payer::participatiewet: return {"gemeente: Participatiewet", "municipality: Participatiewet"};
    case Payer::welzijn_subsidie: return {"gemeente: welzijn", "municipality: welfare work"};
    case Payer::wlz: return {"zorgkantoor (Wlz)", "care office (Wlz)"};
    case Payer::eigen_bijdrage: return {"inwoners: eigen bijdrage", "residents: own contributions"};
    case Payer::transformatiemiddelen: return {"transformatiemiddelen", "transformation funds"};
    case Payer::count_: break;
  }
  return {"?", "?"};
}

Text party_title(std::string_view party) {
  if (party == "gemeente") return {"gemeenten", "municipalities"};
  if (party == "zorgverzekeraar") return {"zorgverzekeraar", "health insurer"};
  if (party == "zorgkantoor") return {"zorgkantoor", "care office"};
  return {std::string(party), std::string(party)};
}

}  // namespace regiotwin
