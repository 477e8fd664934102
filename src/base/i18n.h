#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace casebook {

/// Messages in the user's language, through GNU gettext (domain
/// "casebook", catalogs compiled from po/*.po at build time). A message
/// without a translation is shown in English, whole: each message is in
/// one language. Marked for xgettext with --keyword=tr --keyword=trn:1,2.
///
/// `tr` returns the translation of `msgid` (a string literal: the pointer
/// stays valid).
const char* tr(const char* msgid);

/// The translation of `singular`/`plural` for the count `n`, in the number
/// the language wants (ngettext), with {0} replaced by `n`.
std::string trn(const char* singular, const char* plural, long long n);

/// `pattern` with {0}, {1}, … replaced by the arguments in that position:
/// a translation may put them in another order (Japanese does). "{{" is a
/// literal "{". A placeholder without an argument stays as written.
std::string format(std::string_view pattern, std::initializer_list<std::string_view> args);

/// Sets the locale from the environment (LANG, LC_ALL, LC_MESSAGES,
/// LANGUAGE) and binds the catalogs in `locale_dir` (…/ja/LC_MESSAGES/
/// casebook.mo). Called once by main before anything is printed.
void init_messages(const std::string& locale_dir);

}  // namespace casebook
