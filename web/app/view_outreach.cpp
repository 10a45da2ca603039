// The outreach dialog (view_outreach.hpp).
#include "app/view_outreach.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "app/look.hpp"
#include "app/shell_bridge.hpp"
#include "imgui.h"

namespace creatorscope::web {

namespace {

void copy_into(char* field, std::size_t size, const std::string& text) { std::snprintf(field, size, "%s", text.c_str()); }

std::string wording_key(const std::string& language, OutreachKind kind) {
    return language + "/" + std::string(outreach_kind_id(kind));
}

// A labelled one-line field; true when an edit was finished (Enter or focus moved away).
bool field(const char* label, const char* id, char* text, std::size_t size, const char* hint) {
    ImGui::TextUnformatted(label);
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint(id, hint, text, size);
    note_item(label);
    return ImGui::IsItemDeactivatedAfterEdit();
}

}  // namespace

void OutreachView::open(const Engine& engine, CreatorKey creator) {
    creator_ = std::move(creator);
    open_ = just_opened_ = true;
    wording_open_ = copied_ = false;
    draft_.reset();
    ++asked_;
    load_fields(engine.outreach_settings());
}

void OutreachView::load_fields(const OutreachSettings& s) {
    copy_into(sender_, sizeof sender_, s.sender);
    copy_into(brand_, sizeof brand_, s.brand);
    copy_into(product_, sizeof product_, s.product);
    copy_into(timeline_, sizeof timeline_, s.timeline);
    copy_into(usage_, sizeof usage_, s.usage_rights);
}

OutreachSettings OutreachView::edited_settings(const Engine& engine) const {
    OutreachSettings s = engine.outreach_settings();
    s.sender = sender_;
    s.brand = brand_;
    s.product = product_;
    s.timeline = timeline_;
    s.usage_rights = usage_;
    return s;
}

// The draft is written by the engine after the frame, whenever what it depends on changed.
void OutreachView::request_draft(const Engine& engine, Actions& actions) {
    const std::uint64_t now[4] = {engine.generation(), engine.outreach_version(), engine.pipeline_version(), asked_};
    if (std::memcmp(now, drawn_for_, sizeof now) == 0) return;
    std::memcpy(drawn_for_, now, sizeof now);
    actions.later([this, creator = creator_, kind = kind_](Engine& e) { draft_ = e.outreach_draft(creator.handle, creator.platform, kind); });
}

void OutreachView::draw(const Engine& engine, Actions& actions, float scale) {
    if (!begin_dialog("Outreach", open_, just_opened_, ImVec2(980 * scale, 720 * scale))) return;
    note_item("Outreach dialog");
    request_draft(engine, actions);
    const float left = 300 * scale;
    ImGui::BeginChild("outreach_settings", ImVec2(left, -ImGui::GetFrameHeightWithSpacing() * 1.4f));
    draw_settings(engine, actions);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("outreach_draft", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 1.4f));
    if (wording_open_) {
        draw_wording(engine, actions, scale);
    } else {
        draw_draft(engine, scale);
    }
    ImGui::EndChild();
    if (ImGui::Button("Download mail-merge CSV")) {
        const OutreachKind kind = kind_;
        actions.later([kind](Engine& e) {
            download_text("creatorscope-outreach-" + std::string(outreach_kind_id(kind)) + ".csv", "text/csv", e.outreach_csv(kind));
        });
    }
    note_item("Download mail-merge CSV");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("This draft for every shortlisted creator, one row each, for your mail program's mail merge.");
    ImGui::SameLine();
    if (ImGui::Button("Close")) {
        open_ = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void OutreachView::draw_settings(const Engine& engine, Actions& actions) {
    ImGui::TextUnformatted("Message");
    for (std::size_t i = 0; i < outreach_kind_count; ++i) {
        const auto kind = static_cast<OutreachKind>(i);
        if (ImGui::RadioButton(std::string(outreach_kind_label(kind)).c_str(), kind_ == kind) && kind_ != kind) {
            kind_ = kind;
            ++asked_;
            copied_ = false;
            if (wording_open_) load_wording(engine);
        }
        note_item("Outreach kind: " + std::string(outreach_kind_label(kind)));
    }
    ImGui::Spacing();
    ImGui::TextUnformatted("Language");
    ImGui::SetNextItemWidth(-1);
    const OutreachSettings& settings = engine.outreach_settings();
    std::string current = settings.language;
    for (const auto& language : outreach_languages()) {
        if (language.code == settings.language) current = language.name;
    }
    if (ImGui::BeginCombo("##outreach_language", current.c_str())) {
        for (const auto& language : outreach_languages()) {
            if (ImGui::Selectable(language.name.c_str(), language.code == settings.language)) {
                OutreachSettings next = edited_settings(engine);
                next.language = language.code;
                actions.later([next = std::move(next)](Engine& e) { e.set_outreach_settings(next); });
                wording_open_ = false;
            }
            note_item("Language: " + language.name);
        }
        ImGui::EndCombo();
    }
    note_item("Outreach language");
    ImGui::Spacing();
    bool changed = field("Your name", "##sender", sender_, sizeof sender_, "Sam Rivera");
    changed |= field("Brand", "##brand", brand_, sizeof brand_, "Northwind");
    changed |= field("Product", "##product", product_, sizeof product_, "the autumn capsule collection");
    changed |= field("Timeline", "##timeline", timeline_, sizeof timeline_, "posts live between 1 and 15 October");
    changed |= field("Usage rights", "##usage", usage_, sizeof usage_, "organic use on our channels for 6 months");
    if (changed) actions.later([next = edited_settings(engine)](Engine& e) { e.set_outreach_settings(next); });
    ImGui::Spacing();
    ImGui::TextColored(ImColor(palette::muted_text), "Kept with the campaign. The fee and deliverables of an offer come from the deal in the pipeline, else the plan, else the roster.");
}

void OutreachView::draw_draft(const Engine& engine, float scale) {
    if (!draft_) {
        ImGui::TextColored(ImColor(palette::muted_text), "Writing the draft...");
        return;
    }
    const OutreachDraft& d = *draft_;
    ImGui::Text("To: %s", d.to.empty() ? "(no email address in the roster: add it in your mail program)" : d.to.c_str());
    note_item("Draft to");
    ImGui::Text("Subject: %s", d.subject.c_str());
    note_item("Draft subject");
    const float body_height = ImGui::GetContentRegionAvail().y - ImGui::GetTextLineHeightWithSpacing() * 6.5f;
    // The body as the creator will read it, wrapped to the width (Copy takes it whole).
    ImGui::BeginChild("draft_body", ImVec2(-1, std::max(body_height, 120 * scale)), true);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(d.body.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    note_item("Draft body");
    if (!d.missing.empty()) {
        std::string missing;
        for (const auto& m : d.missing) missing += (missing.empty() ? "" : ", ") + m;
        ImGui::TextColored(ImColor(palette::warning), "Still to fill in (shown as [..] in the text): %s.", missing.c_str());
        note_item("Draft missing");
    }
    if (!d.recent_post.empty()) ImGui::TextWrapped("Recent post quoted: %s", d.recent_post.c_str());
    if (!d.why_fit.empty()) ImGui::TextWrapped("Why they fit: %s", d.why_fit.c_str());
    if (ImGui::Button("Copy")) {
        set_clipboard_text(("Subject: " + d.subject + "\n\n" + d.body).c_str());
        copied_ = true;
    }
    note_item("Copy draft");
    ImGui::SameLine();
    if (ImGui::Button("Open in my mail program")) open_mail_link(mailto_link(d));
    note_item("Open in mail program");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Opens a new message in your own mail program; this page sends nothing.");
    ImGui::SameLine();
    if (ImGui::Button("Edit the wording...")) {
        wording_open_ = true;
        load_wording(engine);
    }
    note_item("Edit wording");
    if (copied_) {
        ImGui::SameLine();
        ImGui::TextColored(ImColor(palette::gain), "Copied: paste it into your mail.");
    }
}

void OutreachView::load_wording(const Engine& engine) {
    const OutreachSettings& settings = engine.outreach_settings();
    const OutreachTemplate& wording = settings.wording(settings.language, kind_);
    copy_into(subject_, sizeof subject_, wording.subject);
    copy_into(body_, sizeof body_, wording.body);
}

// The template itself, with its {placeholders}, to reword for this campaign (kept with it).
void OutreachView::draw_wording(const Engine& engine, Actions& actions, float scale) {
    const OutreachSettings& settings = engine.outreach_settings();
    const std::string key = wording_key(settings.language, kind_);
    ImGui::TextWrapped("The wording of the %s in this language, for every creator. Words in {braces} are filled from the data: "
                       "{first_name} {name} {handle} {platform} {niche} {recent_post} {why_fit} {brand} {product} {campaign} {sender} "
                       "{deliverables} {timeline} {usage_rights} {fee}.",
                       std::string(outreach_kind_label(kind_)).c_str());
    ImGui::TextUnformatted("Subject");
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##template_subject", subject_, sizeof subject_);
    note_item("Template subject");
    const float height = ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 2.2f;
    ImGui::InputTextMultiline("##template_body", body_, sizeof body_, ImVec2(-1, std::max(height, 120 * scale)));
    note_item("Template body");
    if (settings.edited.count(key) > 0) ImGui::TextColored(ImColor(palette::muted_text), "Your own wording (the shipped one is kept too).");
    if (ImGui::Button("Use this wording")) {
        OutreachSettings next = edited_settings(engine);
        next.edited[key] = OutreachTemplate{subject_, body_};
        actions.later([next = std::move(next)](Engine& e) { e.set_outreach_settings(next); });
        wording_open_ = false;
    }
    note_item("Save wording");
    ImGui::SameLine();
    ImGui::BeginDisabled(settings.edited.count(key) == 0);
    if (ImGui::Button("Back to the shipped wording")) {
        OutreachSettings next = edited_settings(engine);
        next.edited.erase(key);
        actions.later([next = std::move(next)](Engine& e) { e.set_outreach_settings(next); });
        wording_open_ = false;
    }
    note_item("Shipped wording");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Back to the draft")) wording_open_ = false;
}

}  // namespace creatorscope::web
