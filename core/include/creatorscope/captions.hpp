// What a caption says that the analyses need, read once at ingest so the caption itself need
// not be kept: its hashtags and whether it marks the post as sponsored.
#pragma once

#include <string>
#include <string_view>

namespace creatorscope {

struct CaptionFacts {
    std::string hashtags;  // lowercased, each once, space separated, at most 12: "#thrift #slowfashion"
    bool sponsored = false;
    std::string marker;    // the first sponsorship marker found ("#ad", "paid partnership", ...)
};

// Sponsorship markers (PRODUCT.md section 3; the FTC's "Disclosures 101 for Social Media
// Influencers" names #ad and #sponsored; platforms label "Paid partnership"): the hashtags
// #ad #ads #sponsored #spon #partner #paidpartnership #advertisement #werbung #anzeige
// #publicidad #publi #pub #sponsorisé #adv #patrocinado, and the phrases "paid partnership",
// "in collaboration with", "sponsored by", "in partnership with", "en colaboración con",
// "bezahlte partnerschaft", "partenariat rémunéré", "parceria paga", "collaborazione retribuita".
CaptionFacts read_caption(std::string_view caption);

}  // namespace creatorscope
