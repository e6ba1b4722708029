#include "messaging/CurlSupport.h"

#include <mutex>

namespace rapport::curl {

namespace {
int abortWhenCancelled(void* clientp, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto* cancel = static_cast<const std::atomic_bool*>(clientp);
    return cancel && cancel->load() ? 1 : 0;
}
} // namespace

void ensureInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

Transfer::Transfer(int timeoutSeconds, const std::atomic_bool* cancel)
{
    ensureInitialised();
    handle.reset(curl_easy_init());
    if (!handle)
        return;
    CURL* h = handle.get();
    const long timeout = timeoutSeconds > 0 ? timeoutSeconds : 30;
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, timeout);
    // A whole transfer may take a few round trips of the server's slowest answer.
    curl_easy_setopt(h, CURLOPT_TIMEOUT, timeout * 3);
    curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &abortWhenCancelled);
    curl_easy_setopt(h, CURLOPT_XFERINFODATA, const_cast<std::atomic_bool*>(cancel));
}

long Transfer::responseCode() const
{
    long code = 0;
    if (handle)
        curl_easy_getinfo(handle.get(), CURLINFO_RESPONSE_CODE, &code);
    return code;
}

QString Transfer::errorText(CURLcode code) const
{
    const QString buffer = QString::fromUtf8(errorBuffer).trimmed();
    return buffer.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : buffer;
}

} // namespace rapport::curl
