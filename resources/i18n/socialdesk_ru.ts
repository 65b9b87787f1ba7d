<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About SocialDesk</source>
      <translation>О программе SocialDesk</translation>
    </message>
    <message>
      <source>&lt;h2&gt;SocialDesk {version}&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;SocialDesk {version}&lt;/h2&gt;</translation>
    </message>
    <message>
      <source>Write one post; see it live on VK, Weibo, X and Facebook, counted by each platform's rules, translated for each audience, and publish it everywhere in one click.</source>
      <translation>Пишите пост один раз — и сразу видите его во VK, Weibo, X и Facebook: посчитанным по правилам каждой площадки и переведённым для каждой аудитории. А публикуете везде одним нажатием.</translation>
    </message>
    <message>
      <source>SocialDesk is free software under the MIT licence.</source>
      <translation>SocialDesk — свободная программа под лицензией MIT.</translation>
    </message>
    <message>
      <source>Libraries in this app:</source>
      <translation>Библиотеки в составе программы:</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Библиотека</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Версия</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Лицензия</translation>
    </message>
  </context>
  <context>
    <name>AccountsDialog</name>
    <message>
      <source>OAuth 2.0 user token</source>
      <translation>Токен пользователя OAuth 2.0</translation>
    </message>
    <message>
      <source>OAuth 1.0a (keys and tokens)</source>
      <translation>OAuth 1.0a (ключи и токены)</translation>
    </message>
    <message>
      <source>Accounts</source>
      <translation>Аккаунты</translation>
    </message>
    <message>
      <source>Add account</source>
      <translation>Добавить аккаунт</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Verify</source>
      <translation>Проверить</translation>
    </message>
    <message>
      <source>Ask the platform who this account is</source>
      <translation>Спросить у площадки, чей это аккаунт</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>  (default)</source>
      <translation>  (по умолчанию)</translation>
    </message>
    <message>
      <source>No accounts yet</source>
      <translation>Аккаунтов пока нет</translation>
    </message>
    <message>
      <source>Without accounts, Publish saves each platform's text into the Outbox folder for you to post by hand. Add an account to publish directly.</source>
      <translation>Без аккаунтов «Опубликовать» сохраняет текст для каждой площадки в папку «Исходящие» — его можно разместить вручную. Добавьте аккаунт, чтобы публиковать напрямую.</translation>
    </message>
    <message>
      <source>New {name} account</source>
      <translation>Новый аккаунт {name}</translation>
    </message>
    <message>
      <source>{name} account</source>
      <translation>Аккаунт {name}</translation>
    </message>
    <message>
      <source>A name you recognise, e.g. Aurora Travel</source>
      <translation>Понятное вам название, например «Аврора Тревел»</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Sign-in</source>
      <translation>Вход</translation>
    </message>
    <message>
      <source>Stored in the keyring — type to replace</source>
      <translation>Хранится в связке ключей — введите, чтобы заменить</translation>
    </message>
    <message>
      <source>Paste it here; it goes to the keyring</source>
      <translation>Вставьте сюда — он будет сохранён в связке ключей</translation>
    </message>
    <message>
      <source>X Premium (posts up to 25,000 characters)</source>
      <translation>X Premium (посты до 25 000 знаков)</translation>
    </message>
    <message>
      <source>Use for new drafts on {name}</source>
      <translation>Использовать для новых черновиков в {name}</translation>
    </message>
    <message>
      <source>Last verified as {verified_name}.</source>
      <translation>Последняя проверка: {verified_name}.</translation>
    </message>
    <message>
      <source>Saved. The secrets are in your system's keyring.</source>
      <translation>Сохранено. Секретные данные — в связке ключей системы.</translation>
    </message>
    <message>
      <source>Delete account</source>
      <translation>Удалить аккаунт</translation>
    </message>
    <message>
      <source>Delete “{display}” and remove its secrets from the keyring?</source>
      <translation>Удалить «{display}» и стереть его секретные данные из связки ключей?</translation>
    </message>
    <message>
      <source>Paste the token first, then press Verify.</source>
      <translation>Сначала вставьте токен, затем нажмите «Проверить».</translation>
    </message>
    <message>
      <source>Asking {name}…</source>
      <translation>Запрос к {name}…</translation>
    </message>
    <message>
      <source>✓ Verified: {name}{detail}</source>
      <translation>✓ Проверено: {name}{detail}</translation>
    </message>
    <message>
      <source>✗ Verify failed unexpectedly ({name}).</source>
      <translation>✗ Проверка неожиданно не удалась ({name}).</translation>
    </message>
  </context>
  <context>
    <name>BuiltinTemplates</name>
    <message>
      <source>Announcement</source>
      <translation>Объявление</translation>
    </message>
    <message>
      <source>News your followers should hear first: a headline, the details, where to learn more.</source>
      <translation>Новость, которую подписчики должны узнать первыми: заголовок, подробности, где узнать больше.</translation>
    </message>
    <message>
      <source>Headline</source>
      <translation>Заголовок</translation>
    </message>
    <message>
      <source>The news in one line. Lead with what changes for the reader.</source>
      <translation>Новость в одной строке. Начните с того, что меняется для читателя.</translation>
    </message>
    <message>
      <source>We're opening a second shop in Hamburg</source>
      <translation>Мы открываем вторую кофейню в Гамбурге</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Подробности</translation>
    </message>
    <message>
      <source>Two or three sentences. On X this is shortened to fit.</source>
      <translation>Два-три предложения. Для X текст сокращается, чтобы поместиться.</translation>
    </message>
    <message>
      <source>Call to action</source>
      <translation>Призыв к действию</translation>
    </message>
    <message>
      <source>Leave empty for a standard 'Find out more'.</source>
      <translation>Оставьте пустым — будет стандартное «Подробнее».</translation>
    </message>
    <message>
      <source>Read the full story</source>
      <translation>Читайте полностью</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Ссылка</translation>
    </message>
    <message>
      <source>Hashtags</source>
      <translation>Хештеги</translation>
    </message>
    <message>
      <source>Comma-separated, without #. X gets the first two.</source>
      <translation>Через запятую, без #. В X попадут первые два.</translation>
    </message>
    <message>
      <source>VK community</source>
      <translation>Сообщество VK</translation>
    </message>
    <message>
      <source>Screen name such as aurora_coffee: VK tags become #tag@aurora_coffee.</source>
      <translation>Короткое имя, например aurora_coffee: хештеги VK станут #тег@aurora_coffee.</translation>
    </message>
    <message>
      <source>Blog post or article</source>
      <translation>Пост в блоге или статья</translation>
    </message>
    <message>
      <source>A link worth clicking: the title, why it matters, who wrote it, how long it takes.</source>
      <translation>Ссылка, по которой стоит перейти: заголовок, чем важна, кто автор, сколько времени займёт.</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Заголовок</translation>
    </message>
    <message>
      <source>How we roast for espresso and for filter</source>
      <translation>Как мы обжариваем зерно для эспрессо и для фильтра</translation>
    </message>
    <message>
      <source>Why read it</source>
      <translation>Зачем читать</translation>
    </message>
    <message>
      <source>The takeaway or the question it answers, in two sentences. On X this is shortened to fit.</source>
      <translation>Главная мысль или вопрос, на который отвечает статья, в двух предложениях. Для X текст сокращается, чтобы поместиться.</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Автор</translation>
    </message>
    <message>
      <source>Mia Köhler</source>
      <translation>Mia Köhler</translation>
    </message>
    <message>
      <source>Reading time (minutes)</source>
      <translation>Время чтения (минут)</translation>
    </message>
    <message>
      <source>6</source>
      <translation>6</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Мероприятие</translation>
    </message>
    <message>
      <source>An invitation: what, when, where, what it costs, and how to get a seat.</source>
      <translation>Приглашение: что, когда, где, сколько стоит и как попасть.</translation>
    </message>
    <message>
      <source>The name people will remember.</source>
      <translation>Название, которое запомнится.</translation>
    </message>
    <message>
      <source>Latte art night</source>
      <translation>Вечер латте-арта</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>2026-12-12</source>
      <translation>2026-12-12</translation>
    </message>
    <message>
      <source>Starts at</source>
      <translation>Начало</translation>
    </message>
    <message>
      <source>19:00</source>
      <translation>19:00</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>Место</translation>
    </message>
    <message>
      <source>Aurora Coffee, Torstraße 12</source>
      <translation>Aurora Coffee, Torstraße 12</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Город</translation>
    </message>
    <message>
      <source>Berlin</source>
      <translation>Берлин</translation>
    </message>
    <message>
      <source>What to expect</source>
      <translation>Что будет</translation>
    </message>
    <message>
      <source>Why come? Two or three sentences. On X this is shortened to fit.</source>
      <translation>Зачем приходить? Два-три предложения. Для X текст сокращается, чтобы поместиться.</translation>
    </message>
    <message>
      <source>Ticket price</source>
      <translation>Цена билета</translation>
    </message>
    <message>
      <source>Leave empty for a free event.</source>
      <translation>Оставьте пустым, если вход свободный.</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Валюта</translation>
    </message>
    <message>
      <source>Tickets or sign-up link</source>
      <translation>Ссылка на билеты или регистрацию</translation>
    </message>
    <message>
      <source>Job opening</source>
      <translation>Вакансия</translation>
    </message>
    <message>
      <source>A role to fill: what the job is, where, how it pays, and how to apply.</source>
      <translation>Открытая вакансия: что за работа, где, какая оплата и как откликнуться.</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Должность</translation>
    </message>
    <message>
      <source>Head roaster</source>
      <translation>Главный обжарщик</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Компания</translation>
    </message>
    <message>
      <source>Aurora Coffee</source>
      <translation>Aurora Coffee</translation>
    </message>
    <message>
      <source>The job</source>
      <translation>О работе</translation>
    </message>
    <message>
      <source>What they will do and who will thrive here. On X this is shortened to fit.</source>
      <translation>Чем предстоит заниматься и кому здесь будет хорошо. Для X текст сокращается, чтобы поместиться.</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Место работы</translation>
    </message>
    <message>
      <source>Work mode</source>
      <translation>Формат работы</translation>
    </message>
    <message>
      <source>Salary</source>
      <translation>Зарплата</translation>
    </message>
    <message>
      <source>Posts with a salary get more applications.</source>
      <translation>На вакансии с указанной зарплатой откликаются чаще.</translation>
    </message>
    <message>
      <source>€48,000–56,000 a year</source>
      <translation>48 000–56 000 € в год</translation>
    </message>
    <message>
      <source>Apply by</source>
      <translation>Откликнуться до</translation>
    </message>
    <message>
      <source>Application link</source>
      <translation>Ссылка для отклика</translation>
    </message>
    <message>
      <source>Product launch</source>
      <translation>Запуск продукта</translation>
    </message>
    <message>
      <source>Something new to buy: what it is, the promise in one line, price, when and where.</source>
      <translation>Новинка в продаже: что это, главное обещание в одной строке, цена, когда и где купить.</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Продукт</translation>
    </message>
    <message>
      <source>Aurora Cold Brew</source>
      <translation>Aurora Cold Brew</translation>
    </message>
    <message>
      <source>The promise</source>
      <translation>Обещание</translation>
    </message>
    <message>
      <source>What it does for the buyer, in a few words.</source>
      <translation>Что он даёт покупателю — в нескольких словах.</translation>
    </message>
    <message>
      <source>smooth, bright, twelve hours in the making</source>
      <translation>мягкий, яркий, двенадцать часов настаивания</translation>
    </message>
    <message>
      <source>What makes it worth buying. On X this is shortened to fit.</source>
      <translation>Почему его стоит купить. Для X текст сокращается, чтобы поместиться.</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Цена</translation>
    </message>
    <message>
      <source>On sale from</source>
      <translation>В продаже с</translation>
    </message>
    <message>
      <source>Leave empty if it is on sale now.</source>
      <translation>Оставьте пустым, если продажи уже идут.</translation>
    </message>
    <message>
      <source>Shop link</source>
      <translation>Ссылка на магазин</translation>
    </message>
    <message>
      <source>Promotion</source>
      <translation>Акция</translation>
    </message>
    <message>
      <source>A sale or special offer: the deal up front, the code, the deadline, the link.</source>
      <translation>Распродажа или спецпредложение: выгода с первых слов, промокод, срок, ссылка.</translation>
    </message>
    <message>
      <source>The offer</source>
      <translation>Предложение</translation>
    </message>
    <message>
      <source>The deal in a few words. Numbers sell: say exactly what they get.</source>
      <translation>Выгода в нескольких словах. Цифры продают: скажите точно, что получит покупатель.</translation>
    </message>
    <message>
      <source>20% off every bag of beans</source>
      <translation>Скидка 20% на каждую пачку зерна</translation>
    </message>
    <message>
      <source>What is included, who it is for. On X this is shortened to fit.</source>
      <translation>Что входит и для кого это. Для X текст сокращается, чтобы поместиться.</translation>
    </message>
    <message>
      <source>Promo code</source>
      <translation>Промокод</translation>
    </message>
    <message>
      <source>WINTER20</source>
      <translation>WINTER20</translation>
    </message>
    <message>
      <source>Ends on</source>
      <translation>Действует до</translation>
    </message>
    <message>
      <source>The last day of the offer.</source>
      <translation>Последний день акции.</translation>
    </message>
  </context>
  <context>
    <name>CoreMessages</name>
    <message>
      <source>No {platform} account: the text is saved to the Outbox folder for you to post by hand.</source>
      <translation>Нет аккаунта {platform}: текст сохраняется в папку «Исходящие», чтобы вы разместили его вручную.</translation>
    </message>
    <message>
      <source>{platform} has no scheduling: it is published now.</source>
      <translation>В {platform} нет отложенных публикаций: пост выйдет сейчас.</translation>
    </message>
    <message>
      <source>The {platform} text is empty.</source>
      <translation>Текст для {platform} пуст.</translation>
    </message>
    <message>
      <source>The {platform} text is {count} characters, {over} over the limit of {limit}. Shorten it.</source>
      <translation>Текст для {platform} — {count} знаков, на {over} больше лимита {limit}. Сократите его.</translation>
    </message>
    <message>
      <source>Already sent on {time}; you asked to publish it again.</source>
      <translation>Уже отправлено {time}; вы попросили опубликовать повторно.</translation>
    </message>
    <message>
      <source>An earlier attempt ({time}) has an unknown outcome. Check {platform}; publish again only if the post is not there.</source>
      <translation>Результат прошлой попытки ({time}) неизвестен. Проверьте {platform} и публикуйте снова, только если поста там нет.</translation>
    </message>
    <message>
      <source>Already published on {time} with this text; not sent again.</source>
      <translation>Уже опубликовано {time} с этим текстом; повторно не отправляется.</translation>
    </message>
  </context>
  <context>
    <name>CoreTexts</name>
    <message>
      <source>Detect automatically</source>
      <translation>Определить автоматически</translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>арабский</translation>
    </message>
    <message>
      <source>German</source>
      <translation>немецкий</translation>
    </message>
    <message>
      <source>English</source>
      <translation>английский</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>испанский</translation>
    </message>
    <message>
      <source>French</source>
      <translation>французский</translation>
    </message>
    <message>
      <source>Hindi</source>
      <translation>хинди</translation>
    </message>
    <message>
      <source>Indonesian</source>
      <translation>индонезийский</translation>
    </message>
    <message>
      <source>Italian</source>
      <translation>итальянский</translation>
    </message>
    <message>
      <source>Japanese</source>
      <translation>японский</translation>
    </message>
    <message>
      <source>Kazakh</source>
      <translation>казахский</translation>
    </message>
    <message>
      <source>Korean</source>
      <translation>корейский</translation>
    </message>
    <message>
      <source>Dutch</source>
      <translation>нидерландский</translation>
    </message>
    <message>
      <source>Polish</source>
      <translation>польский</translation>
    </message>
    <message>
      <source>Portuguese</source>
      <translation>португальский</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>русский</translation>
    </message>
    <message>
      <source>Thai</source>
      <translation>тайский</translation>
    </message>
    <message>
      <source>Turkish</source>
      <translation>турецкий</translation>
    </message>
    <message>
      <source>Ukrainian</source>
      <translation>украинский</translation>
    </message>
    <message>
      <source>Vietnamese</source>
      <translation>вьетнамский</translation>
    </message>
    <message>
      <source>Chinese (Simplified)</source>
      <translation>китайский (упрощённый)</translation>
    </message>
    <message>
      <source>Chinese (Traditional)</source>
      <translation>китайский (традиционный)</translation>
    </message>
    <message>
      <source>Chinese</source>
      <translation>китайский</translation>
    </message>
    <message>
      <source>Google Translate (no key)</source>
      <translation>Google Переводчик (без ключа)</translation>
    </message>
    <message>
      <source>MyMemory (no key)</source>
      <translation>MyMemory (без ключа)</translation>
    </message>
    <message>
      <source>Microsoft Translator</source>
      <translation>Microsoft Translator</translation>
    </message>
    <message>
      <source>Yandex Translate</source>
      <translation>Яндекс Переводчик</translation>
    </message>
    <message>
      <source>Baidu Translate</source>
      <translation>Baidu Translate</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Регион</translation>
    </message>
    <message>
      <source>App ID</source>
      <translation>ID приложения</translation>
    </message>
    <message>
      <source>Client ID</source>
      <translation>ID клиента</translation>
    </message>
    <message>
      <source>Community id</source>
      <translation>ID сообщества</translation>
    </message>
    <message>
      <source>The number in vk.com/club123456, or the link</source>
      <translation>Число из vk.com/club123456 или сама ссылка</translation>
    </message>
    <message>
      <source>User access token</source>
      <translation>Ключ доступа пользователя</translation>
    </message>
    <message>
      <source>A user token with the 'wall' scope</source>
      <translation>Токен пользователя с правом «wall»</translation>
    </message>
    <message>
      <source>Safe-domain URL</source>
      <translation>Адрес безопасного домена</translation>
    </message>
    <message>
      <source>Your app's registered safe domain; every post must link to it</source>
      <translation>Безопасный домен, зарегистрированный для вашего приложения; каждый пост должен содержать ссылку на него</translation>
    </message>
    <message>
      <source>OAuth2 access token</source>
      <translation>Токен доступа OAuth2</translation>
    </message>
    <message>
      <source>OAuth 2.0 user token</source>
      <translation>Токен пользователя OAuth 2.0</translation>
    </message>
    <message>
      <source>User-context token with tweet.write</source>
      <translation>Пользовательский токен с правом tweet.write</translation>
    </message>
    <message>
      <source>API key (consumer key)</source>
      <translation>Ключ API (consumer key)</translation>
    </message>
    <message>
      <source>API key secret</source>
      <translation>Секрет ключа API</translation>
    </message>
    <message>
      <source>Access token</source>
      <translation>Токен доступа</translation>
    </message>
    <message>
      <source>Access token secret</source>
      <translation>Секрет токена доступа</translation>
    </message>
    <message>
      <source>Page id</source>
      <translation>ID страницы</translation>
    </message>
    <message>
      <source>The number in the Page's About section</source>
      <translation>Число из раздела «Информация» страницы</translation>
    </message>
    <message>
      <source>Page access token</source>
      <translation>Токен доступа страницы</translation>
    </message>
    <message>
      <source>With pages_manage_posts</source>
      <translation>С правом pages_manage_posts</translation>
    </message>
    <message>
      <source>Plain text (a folder with one .txt per platform)</source>
      <translation>Простой текст (папка, по файлу .txt на площадку)</translation>
    </message>
    <message>
      <source>Plain text in a .zip</source>
      <translation>Простой текст в архиве .zip</translation>
    </message>
    <message>
      <source>Markdown document</source>
      <translation>Документ Markdown</translation>
    </message>
    <message>
      <source>HTML proof (opens in any browser)</source>
      <translation>HTML-макет (открывается в любом браузере)</translation>
    </message>
    <message>
      <source>PDF proof (printable)</source>
      <translation>PDF-макет (для печати)</translation>
    </message>
    <message>
      <source>CSV for bulk schedulers</source>
      <translation>CSV для планировщиков массовых публикаций</translation>
    </message>
    <message>
      <source>JSON for scripts</source>
      <translation>JSON для скриптов</translation>
    </message>
  </context>
  <context>
    <name>DraftDocument</name>
    <message>
      <source>Untitled</source>
      <translation>Без названия</translation>
    </message>
  </context>
  <context>
    <name>EditorColumn</name>
    <message>
      <source>Images</source>
      <translation>Изображения</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>Шаблон</translation>
    </message>
    <message>
      <source>Fields</source>
      <translation>Поля</translation>
    </message>
  </context>
  <context>
    <name>ExportAction</name>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Экспорт…</translation>
    </message>
    <message>
      <source>Export the final texts as files or as a proof for a client</source>
      <translation>Сохранить итоговые тексты в файлы или как макет для согласования с клиентом</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export</source>
      <translation>Экспорт</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Обзор…</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Формат</translation>
    </message>
    <message>
      <source>Save to</source>
      <translation>Сохранить в</translation>
    </message>
    <message>
      <source>Page size</source>
      <translation>Размер страницы</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>Показать в папке</translation>
    </message>
    <message>
      <source>Export to folder</source>
      <translation>Экспорт в папку</translation>
    </message>
    <message>
      <source>Choose where to save the export.</source>
      <translation>Выберите, куда сохранить экспорт.</translation>
    </message>
    <message>
      <source>Exporting {format}…</source>
      <translation>Экспорт: {format}…</translation>
    </message>
    <message>
      <source>Exported to {path}</source>
      <translation>Экспортировано в {path}</translation>
    </message>
    <message>
      <source>Note: {note}</source>
      <translation>Примечание: {note}</translation>
    </message>
    <message>
      <source>The export failed unexpectedly: {problem}</source>
      <translation>Экспорт неожиданно не удался: {problem}</translation>
    </message>
  </context>
  <context>
    <name>FieldsForm</name>
    <message>
      <source>&amp;Templates…</source>
      <translation>&amp;Шаблоны…</translation>
    </message>
    <message>
      <source>Manage templates: edit them with a live preview on every platform</source>
      <translation>Управление шаблонами: правка с живым предпросмотром на каждой площадке</translation>
    </message>
  </context>
  <context>
    <name>FieldsPanel</name>
    <message>
      <source>&lt;b&gt;Template fields&lt;/b&gt;</source>
      <translation>&lt;b&gt;Поля шаблона&lt;/b&gt;</translation>
    </message>
    <message>
      <source>+ Add field</source>
      <translation>+ Добавить поле</translation>
    </message>
    <message>
      <source>No fields. Templates fill {{ placeholders }} from these.</source>
      <translation>Полей нет. Шаблоны подставляют их значения в {{ заполнители }}.</translation>
    </message>
    <message>
      <source>Remove the field “{name}”</source>
      <translation>Удалить поле «{name}»</translation>
    </message>
    <message>
      <source>Add field</source>
      <translation>Добавить поле</translation>
    </message>
    <message>
      <source>Field name (letters, digits, _):</source>
      <translation>Имя поля (латинские буквы, цифры, _):</translation>
    </message>
    <message>
      <source>“{name}” is not a field name: use letters, digits and _.</source>
      <translation>«{name}» не подходит для имени поля: используйте латинские буквы, цифры и _.</translation>
    </message>
  </context>
  <context>
    <name>GlossaryDialog</name>
    <message>
      <source>Glossary</source>
      <translation>Глоссарий</translation>
    </message>
    <message>
      <source>{problem}. Saving keeps a copy of the damaged file beside the new one.</source>
      <translation>{problem}. При сохранении копия повреждённого файла останется рядом с новым.</translation>
    </message>
    <message>
      <source>Terms listed here are never sent for translation. Leave a language empty to keep the term as written (brand and product names); fill it to always use that translation.</source>
      <translation>Термины из этого списка никогда не отправляются на перевод. Оставьте язык пустым, чтобы термин оставался как есть (названия брендов и продуктов), или заполните — тогда всегда будет использоваться этот перевод.</translation>
    </message>
    <message>
      <source>Add term</source>
      <translation>Добавить термин</translation>
    </message>
    <message>
      <source>Remove term</source>
      <translation>Удалить термин</translation>
    </message>
    <message>
      <source>Add language</source>
      <translation>Добавить язык</translation>
    </message>
    <message>
      <source>Term</source>
      <translation>Термин</translation>
    </message>
    <message>
      <source>Match case</source>
      <translation>Учитывать регистр</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Заметка</translation>
    </message>
    <message>
      <source>Not saved: {problem}.</source>
      <translation>Не сохранено: {problem}.</translation>
    </message>
    <message>
      <source>Not saved: cannot keep a copy of the damaged file ({exc}).</source>
      <translation>Не сохранено: не удалось сохранить копию повреждённого файла ({exc}).</translation>
    </message>
  </context>
  <context>
    <name>HelpMenu</name>
    <message>
      <source>&amp;User Guide</source>
      <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
      <source>Show the &amp;Tour</source>
      <translation>Показать &amp;экскурсию</translation>
    </message>
    <message>
      <source>&amp;Report a Problem…</source>
      <translation>&amp;Сообщить о проблеме…</translation>
    </message>
    <message>
      <source>Open &amp;Log Folder</source>
      <translation>Открыть папку &amp;журнала</translation>
    </message>
  </context>
  <context>
    <name>LibraryModel</name>
    <message>
      <source>Draft</source>
      <translation>Черновик</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>Запланирован</translation>
    </message>
    <message>
      <source>Published</source>
      <translation>Опубликован</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Заголовок</translation>
    </message>
    <message>
      <source>Platforms</source>
      <translation>Площадки</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Языки</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Modified</source>
      <translation>Изменён</translation>
    </message>
  </context>
  <context>
    <name>LibraryPanel</name>
    <message>
      <source>Change…</source>
      <translation>Изменить…</translation>
    </message>
    <message>
      <source>Choose the library folder</source>
      <translation>Выбрать папку библиотеки</translation>
    </message>
    <message>
      <source>Search all texts and translations…</source>
      <translation>Поиск по всем текстам и переводам…</translation>
    </message>
    <message>
      <source>All platforms</source>
      <translation>Все площадки</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Любой статус</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Дублировать</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Переименовать…</translation>
    </message>
    <message>
      <source>Move to Trash…</source>
      <translation>Переместить в корзину…</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>Показать в папке</translation>
    </message>
    <message>
      <source>&lt;b&gt;Library&lt;/b&gt; · {folder}</source>
      <translation>&lt;b&gt;Библиотека&lt;/b&gt; · {folder}</translation>
    </message>
    <message>
      <source>{shown:,} of {total:,} drafts match</source>
      <translation>Подходят {shown:,} из {total:,} черновиков</translation>
    </message>
    <message numerus="yes">
      <source>%Ln draft(s)</source>
      <translation>
        <numerusform>%Ln черновик</numerusform>
        <numerusform>%Ln черновика</numerusform>
        <numerusform>%Ln черновиков</numerusform>
      </translation>
    </message>
    <message>
      <source>{path}
{reason}
The file is left as it is.</source>
      <translation>{path}
{reason}
Файл оставлен без изменений.</translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) in the folder could not be read as drafts</source>
      <translation>
        <numerusform>%n файл в папке не удалось прочитать как черновик</numerusform>
        <numerusform>%n файла в папке не удалось прочитать как черновики</numerusform>
        <numerusform>%n файлов в папке не удалось прочитать как черновики</numerusform>
      </translation>
    </message>
    <message>
      <source>Duplicated as {name}</source>
      <translation>Создана копия: {name}</translation>
    </message>
    <message>
      <source>Renamed to “{title}”</source>
      <translation>Переименовано в «{title}»</translation>
    </message>
    <message>
      <source>Rename draft</source>
      <translation>Переименовать черновик</translation>
    </message>
    <message>
      <source>New title:</source>
      <translation>Новый заголовок:</translation>
    </message>
    <message>
      <source>Move to Trash</source>
      <translation>Переместить в корзину</translation>
    </message>
    <message>
      <source>Move “{name}” to the trash?</source>
      <translation>Переместить «{name}» в корзину?</translation>
    </message>
    <message>
      <source>No trash available</source>
      <translation>Корзина недоступна</translation>
    </message>
    <message>
      <source>Delete it permanently instead? This cannot be undone.</source>
      <translation>Удалить его безвозвратно? Это действие нельзя отменить.</translation>
    </message>
    <message>
      <source>Delete permanently</source>
      <translation>Удалить безвозвратно</translation>
    </message>
    <message>
      <source>Library folder</source>
      <translation>Папка библиотеки</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Библиотека</translation>
    </message>
    <message>
      <source>&amp;Library</source>
      <translation>&amp;Библиотека</translation>
    </message>
  </context>
  <context>
    <name>LinkCards</name>
    <message>
      <source>Show the link preview again</source>
      <translation>Снова показать превью ссылки</translation>
    </message>
  </context>
  <context>
    <name>LinkPreview</name>
    <message>
      <source>Remove the link preview from this post</source>
      <translation>Убрать превью ссылки из этого поста</translation>
    </message>
    <message>
      <source>Remove link preview</source>
      <translation>Убрать превью ссылки</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>{name} (its own text)</source>
      <translation>{name} (свой текст)</translation>
    </message>
    <message>
      <source>Master text</source>
      <translation>Основной текст</translation>
    </message>
    <message>
      <source>Write the post once. #hashtags, @mentions and links are highlighted; the cards show it as each platform will.</source>
      <translation>Напишите пост один раз. #хештеги, @упоминания и ссылки подсвечиваются, а карточки показывают его так, как покажет каждая площадка.</translation>
    </message>
    <message>
      <source>Draft title</source>
      <translation>Заголовок черновика</translation>
    </message>
    <message>
      <source>Check against</source>
      <translation>Проверять по</translation>
    </message>
    <message>
      <source>The platform whose limit marks the master text red, and whose entities are highlighted</source>
      <translation>Площадка, по лимиту которой основной текст отмечается красным и по правилам которой подсвечиваются хештеги и ссылки</translation>
    </message>
    <message>
      <source>Master</source>
      <translation>Основной</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Новый</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Открыть…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Сохранить</translation>
    </message>
    <message>
      <source>Save &amp;As…</source>
      <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>В&amp;ыход</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <source>X Premium account (25,000 characters)</source>
      <translation>Аккаунт X Premium (25 000 знаков)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>&amp;Недавние</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Правка</translation>
    </message>
    <message>
      <source>Edit &amp;platform text</source>
      <translation>Текст для &amp;площадки</translation>
    </message>
    <message>
      <source>Re&amp;vert to master</source>
      <translation>&amp;Вернуть основной текст</translation>
    </message>
    <message>
      <source>Platforms in this &amp;draft</source>
      <translation>Площадки &amp;черновика</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>&amp;Тема</translation>
    </message>
    <message>
      <source>Follow &amp;system</source>
      <translation>Как в &amp;системе</translation>
    </message>
    <message>
      <source>&amp;Light</source>
      <translation>&amp;Светлая</translation>
    </message>
    <message>
      <source>&amp;Dark</source>
      <translation>&amp;Тёмная</translation>
    </message>
    <message>
      <source>Preview &amp;layout</source>
      <translation>&amp;Раскладка карточек</translation>
    </message>
    <message>
      <source>&amp;Grid (two columns)</source>
      <translation>&amp;Сетка (две колонки)</translation>
    </message>
    <message>
      <source>&amp;Row (side by side)</source>
      <translation>&amp;Ряд (рядом друг с другом)</translation>
    </message>
    <message>
      <source>&amp;Cards</source>
      <translation>&amp;Карточки</translation>
    </message>
    <message>
      <source>E&amp;xpand all posts</source>
      <translation>&amp;Развернуть все посты</translation>
    </message>
    <message>
      <source>&amp;Fold all posts</source>
      <translation>&amp;Свернуть все посты</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>&amp;Инструменты</translation>
    </message>
    <message>
      <source>Open recovery folder</source>
      <translation>Открыть папку восстановления</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <source>&amp;About SocialDesk</source>
      <translation>&amp;О программе SocialDesk</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>Основная</translation>
    </message>
    <message>
      <source>Master language: {code}</source>
      <translation>Язык основного текста: {code}</translation>
    </message>
    <message>
      <source> — {over:,} over</source>
      <translation> — превышение на {over:,}</translation>
    </message>
    <message>
      <source>Cannot open the draft</source>
      <translation>Не удаётся открыть черновик</translation>
    </message>
    <message>
      <source>Opened {target}</source>
      <translation>Открыт {target}</translation>
    </message>
    <message>
      <source>Cannot save the draft</source>
      <translation>Не удаётся сохранить черновик</translation>
    </message>
    <message>
      <source>Saved {target}</source>
      <translation>Сохранён {target}</translation>
    </message>
    <message>
      <source>The draft was renamed to {name}</source>
      <translation>Черновик переименован: {name}</translation>
    </message>
    <message>
      <source>{name} was removed from the library; the draft stays open here, unsaved — Save asks where to keep it.</source>
      <translation>{name} удалён из библиотеки; черновик остаётся открытым здесь несохранённым — при сохранении программа спросит, куда его положить.</translation>
    </message>
    <message>
      <source>Clear list</source>
      <translation>Очистить список</translation>
    </message>
    <message>
      <source>No recent drafts</source>
      <translation>Недавних черновиков нет</translation>
    </message>
    <message>
      <source>Autosave failed</source>
      <translation>Автосохранение не удалось</translation>
    </message>
    <message>
      <source>Autosaved {strftime}</source>
      <translation>Автосохранение в {strftime}</translation>
    </message>
    <message>
      <source>An autosaved draft is damaged</source>
      <translation>Автосохранённый черновик повреждён</translation>
    </message>
    <message>
      <source>{exc}

It stays in the recovery folder: {parent}</source>
      <translation>{exc}

Он остаётся в папке восстановления: {parent}</translation>
    </message>
    <message>
      <source>Restored the autosaved draft</source>
      <translation>Автосохранённый черновик восстановлен</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Несохранённые изменения</translation>
    </message>
    <message>
      <source>Save the changes to “{display_name}”?</source>
      <translation>Сохранить изменения в «{display_name}»?</translation>
    </message>
    <message>
      <source>Your changes will be lost if you don't save them.</source>
      <translation>Если не сохранить изменения, они будут потеряны.</translation>
    </message>
    <message>
      <source>Restore unsaved work?</source>
      <translation>Восстановить несохранённую работу?</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>Без названия</translation>
    </message>
    <message>
      <source>never saved to a file</source>
      <translation>ещё не сохранялся в файл</translation>
    </message>
    <message>
      <source>SocialDesk did not close normally. Restore “{title}”?</source>
      <translation>SocialDesk была закрыта некорректно. Восстановить «{title}»?</translation>
    </message>
    <message>
      <source>It was autosaved at {saved_at_local} ({where}). Discard deletes the autosave; Not now keeps it for the next start.</source>
      <translation>Автосохранение сделано {saved_at_local} ({where}). «Отбросить» удалит автосохранение; «Не сейчас» оставит его до следующего запуска.</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Восстановить</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Отбросить</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Не сейчас</translation>
    </message>
    <message>
      <source>SocialDesk drafts (*{suffix});;All files (*)</source>
      <translation>Черновики SocialDesk (*{suffix});;Все файлы (*)</translation>
    </message>
    <message>
      <source>Open draft</source>
      <translation>Открыть черновик</translation>
    </message>
    <message>
      <source>Save draft</source>
      <translation>Сохранить черновик</translation>
    </message>
    <message>
      <source>{display_name}[*] — SocialDesk</source>
      <translation>{display_name}[*] — SocialDesk</translation>
    </message>
    <message>
      <source>About SocialDesk</source>
      <translation>О программе SocialDesk</translation>
    </message>
    <message>
      <source>&lt;b&gt;SocialDesk {version}&lt;/b&gt;&lt;p&gt;Write one post; see it live on VK, Weibo, X and Facebook, counted by each platform's rules.&lt;/p&gt;</source>
      <translation>&lt;b&gt;SocialDesk {version}&lt;/b&gt;&lt;p&gt;Пишите пост один раз и сразу видите его во VK, Weibo, X и Facebook, посчитанным по правилам каждой площадки.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>MediaActions</name>
    <message>
      <source>Attach &amp;Images…</source>
      <translation>Прикрепить &amp;изображения…</translation>
    </message>
    <message>
      <source>Paste Ima&amp;ge</source>
      <translation>Вставить из&amp;ображение</translation>
    </message>
    <message>
      <source>The clipboard holds no picture; copy an image first.</source>
      <translation>В буфере обмена нет картинки — сначала скопируйте изображение.</translation>
    </message>
  </context>
  <context>
    <name>MediaCanvas</name>
    <message>
      <source>Cannot show {image}: {path}</source>
      <translation>Не удаётся показать {image}: {path}</translation>
    </message>
    <message>
      <source>{image} — alt text: {alt}</source>
      <translation>{image} — альтернативный текст: {alt}</translation>
    </message>
    <message>
      <source>{image} (no alt text)</source>
      <translation>{image} (без альтернативного текста)</translation>
    </message>
    <message>
      <source>Missing image {number}</source>
      <translation>Нет изображения {number}</translation>
    </message>
  </context>
  <context>
    <name>MediaController</name>
    <message>
      <source>Attach images</source>
      <translation>Прикрепить изображения</translation>
    </message>
    <message>
      <source>Images (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</source>
      <translation>Изображения (*.jpg *.jpeg *.png *.gif *.webp);;Все файлы (*)</translation>
    </message>
    <message>
      <source>{name}: already attached</source>
      <translation>{name}: уже прикреплено</translation>
    </message>
    <message numerus="yes">
      <source>Attached %n image(s)</source>
      <translation>
        <numerusform>Прикреплено %n изображение</numerusform>
        <numerusform>Прикреплено %n изображения</numerusform>
        <numerusform>Прикреплено %n изображений</numerusform>
      </translation>
    </message>
    <message>
      <source>Some files were not attached</source>
      <translation>Некоторые файлы не прикреплены</translation>
    </message>
    <message>
      <source>SocialDesk attaches JPEG, PNG, GIF and WebP pictures.</source>
      <translation>SocialDesk прикрепляет картинки в форматах JPEG, PNG, GIF и WebP.</translation>
    </message>
    <message>
      <source>The picture was not attached</source>
      <translation>Картинка не прикреплена</translation>
    </message>
    <message>
      <source>Could not save it to {target}.</source>
      <translation>Не удалось сохранить её в {target}.</translation>
    </message>
    <message>
      <source>The setting was not saved</source>
      <translation>Настройка не сохранена</translation>
    </message>
    <message>
      <source>Making copies that fit {name}…</source>
      <translation>Делаем копии под требования {name}…</translation>
    </message>
    <message>
      <source>No copy was made</source>
      <translation>Копии не сделаны</translation>
    </message>
    <message>
      <source>Made {join} (the originals are unchanged)</source>
      <translation>Готово: {join} (оригиналы не изменены)</translation>
    </message>
    <message>
      <source>Some images could not be made to fit</source>
      <translation>Некоторые изображения не удалось подогнать</translation>
    </message>
  </context>
  <context>
    <name>MediaGrid</name>
    <message>
      <source>Images as {name} shows them</source>
      <translation>Изображения так, как их покажет {name}</translation>
    </message>
    <message>
      <source>Make it fit</source>
      <translation>Подогнать</translation>
    </message>
    <message>
      <source>Make smaller or converted copies of the images that are too large or in a format this platform does not take. The original files stay as they are.</source>
      <translation>Сделать уменьшенные или перекодированные копии изображений, которые слишком велики или в формате, который площадка не принимает. Исходные файлы не меняются.</translation>
    </message>
    <message>
      <source>  (+{count} more)</source>
      <translation>  (и ещё {count})</translation>
    </message>
  </context>
  <context>
    <name>MediaPanel</name>
    <message>
      <source>Missing: no file at {path}</source>
      <translation>Нет файла: {path}</translation>
    </message>
    <message>
      <source>{count} frames</source>
      <translation>кадров: {count}</translation>
    </message>
    <message>
      <source>has location data</source>
      <translation>есть данные о местоположении</translation>
    </message>
    <message>
      <source>has camera details</source>
      <translation>есть данные о камере</translation>
    </message>
    <message>
      <source>Images</source>
      <translation>Изображения</translation>
    </message>
    <message>
      <source>Strip location and camera data</source>
      <translation>Удалять данные о местоположении и камере</translation>
    </message>
    <message>
      <source>When on, the GPS position, camera make and model, XMP and comments are taken out of every image SocialDesk uploads or exports. Your files are not changed.</source>
      <translation>Если включено, из каждого изображения, которое SocialDesk загружает или экспортирует, удаляются GPS-координаты, марка и модель камеры, XMP и комментарии. Ваши файлы не меняются.</translation>
    </message>
    <message>
      <source>Add images…</source>
      <translation>Добавить изображения…</translation>
    </message>
    <message>
      <source>Attach JPEG, PNG, GIF or WebP pictures (Ctrl+Shift+I)</source>
      <translation>Прикрепить картинки JPEG, PNG, GIF или WebP (Ctrl+Shift+I)</translation>
    </message>
    <message>
      <source>Drop pictures here, or paste one (Ctrl+V). JPEG, PNG, GIF or WebP.</source>
      <translation>Перетащите картинки сюда или вставьте (Ctrl+V). JPEG, PNG, GIF или WebP.</translation>
    </message>
    <message>
      <source>Images ({len})</source>
      <translation>Изображения ({len})</translation>
    </message>
  </context>
  <context>
    <name>MediaRow</name>
    <message>
      <source>Alt text: describe the picture for people who cannot see it</source>
      <translation>Альтернативный текст: опишите картинку для тех, кто её не видит</translation>
    </message>
    <message>
      <source>Alt text of image {value}</source>
      <translation>Альтернативный текст изображения {value}</translation>
    </message>
    <message>
      <source>Goes to:</source>
      <translation>Куда:</translation>
    </message>
    <message>
      <source>Send this picture to {name}</source>
      <translation>Отправлять эту картинку в {name}</translation>
    </message>
    <message>
      <source>Move earlier</source>
      <translation>Переместить выше</translation>
    </message>
    <message>
      <source>Move later</source>
      <translation>Переместить ниже</translation>
    </message>
    <message>
      <source>Remove from the draft (the file stays)</source>
      <translation>Убрать из черновика (файл останется)</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>нет файла</translation>
    </message>
  </context>
  <context>
    <name>PlatformCard</name>
    <message>
      <source>{name} won’t take this post: the marked part is over its limit</source>
      <translation>{name} не примет этот пост: выделенная часть сверх лимита</translation>
    </message>
    <message>
      <source>can’t be posted</source>
      <translation>нельзя опубликовать</translation>
    </message>
    <message>
      <source>Inherits master</source>
      <translation>Как основной</translation>
    </message>
    <message>
      <source>Edited</source>
      <translation>Изменён</translation>
    </message>
    <message>
      <source>Translated</source>
      <translation>Переведён</translation>
    </message>
    <message>
      <source>From template</source>
      <translation>Из шаблона</translation>
    </message>
    <message>
      <source>Your Page</source>
      <translation>Ваша страница</translation>
    </message>
    <message>
      <source>{name} preview</source>
      <translation>Предпросмотр {name}</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Изменить</translation>
    </message>
    <message>
      <source>Write {name}'s own text</source>
      <translation>Написать отдельный текст для {name}</translation>
    </message>
    <message>
      <source>Revert to master</source>
      <translation>Вернуть основной текст</translation>
    </message>
    <message>
      <source>{name} inherits the master text again</source>
      <translation>{name} снова использует основной текст</translation>
    </message>
    <message>
      <source>Copy text</source>
      <translation>Копировать текст</translation>
    </message>
    <message>
      <source>Hide card</source>
      <translation>Скрыть карточку</translation>
    </message>
    <message>
      <source>More</source>
      <translation>Ещё</translation>
    </message>
    <message>
      <source>Post as shown on {name}</source>
      <translation>Пост так, как его покажет {name}</translation>
    </message>
    <message>
      <source>{over:,} over the limit</source>
      <translation>превышение на {over:,}</translation>
    </message>
    <message>
      <source>expanded</source>
      <translation>развёрнут</translation>
    </message>
    <message>
      <source>folded in feed</source>
      <translation>свёрнут в ленте</translation>
    </message>
    <message>
      <source>{state} · master changed since</source>
      <translation>{state} · основной текст с тех пор изменился</translation>
    </message>
    <message>
      <source>&lt;span style="color:{text_colour}; font-weight:700;"&gt;{name}&lt;/span&gt;&amp;nbsp;&lt;span style="color:{secondary};"&gt;{meta}&lt;/span&gt;</source>
      <translation>&lt;span style="color:{text_colour}; font-weight:700;"&gt;{name}&lt;/span&gt;&amp;nbsp;&lt;span style="color:{secondary};"&gt;{meta}&lt;/span&gt;</translation>
    </message>
    <message>
      <source>&lt;span style="color:{name_colour}; font-weight:600;"&gt;{name}&lt;/span&gt;</source>
      <translation>&lt;span style="color:{name_colour}; font-weight:600;"&gt;{name}&lt;/span&gt;</translation>
    </message>
    <message>
      <source>&lt;span style="color:{secondary};"&gt;{meta}&lt;/span&gt;</source>
      <translation>&lt;span style="color:{secondary};"&gt;{meta}&lt;/span&gt;</translation>
    </message>
  </context>
  <context>
    <name>PlatformRow</name>
    <message>
      <source>Published</source>
      <translation>Опубликован</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>Запланирован</translation>
    </message>
    <message>
      <source>Saved to the Outbox</source>
      <translation>Сохранён в «Исходящие»</translation>
    </message>
    <message>
      <source>Not sent again</source>
      <translation>Повторно не отправлен</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Ошибка</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Неизвестно</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Аккаунт</translation>
    </message>
    <message>
      <source>Sending…</source>
      <translation>Отправка…</translation>
    </message>
    <message>
      <source>Open the file</source>
      <translation>Открыть файл</translation>
    </message>
    <message>
      <source>Open the post</source>
      <translation>Открыть пост</translation>
    </message>
  </context>
  <context>
    <name>PreviewUpdater</name>
    <message>
      <source>Could not count this text: {result}</source>
      <translation>Не удалось посчитать этот текст: {result}</translation>
    </message>
  </context>
  <context>
    <name>ProblemReportDialog</name>
    <message>
      <source>Report a problem</source>
      <translation>Сообщить о проблеме</translation>
    </message>
    <message>
      <source>This report holds the app's log, its version and your system's, and which settings are set (not their values). Tokens, keys and passwords are removed, and the log never contains the text of your posts. Send it to whoever supports your SocialDesk.</source>
      <translation>В отчёт входят журнал программы, версии программы и системы, а также список заданных настроек (без их значений). Токены, ключи и пароли удаляются, а тексты ваших постов в журнал не попадают. Отправьте отчёт тому, кто поддерживает ваш SocialDesk.</translation>
    </message>
    <message>
      <source>Save as Zip…</source>
      <translation>Сохранить как ZIP…</translation>
    </message>
    <message>
      <source>Copy to Clipboard</source>
      <translation>Копировать в буфер обмена</translation>
    </message>
    <message>
      <source>Open Log Folder</source>
      <translation>Открыть папку журнала</translation>
    </message>
    <message>
      <source>Save problem report</source>
      <translation>Сохранить отчёт о проблеме</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>Не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Сохранено: {path}</translation>
    </message>
    <message>
      <source>The report is on the clipboard.</source>
      <translation>Отчёт скопирован в буфер обмена.</translation>
    </message>
  </context>
  <context>
    <name>PublishActions</name>
    <message>
      <source>&amp;Publish…</source>
      <translation>&amp;Опубликовать…</translation>
    </message>
    <message>
      <source>Publish the post to every enabled platform</source>
      <translation>Опубликовать пост на всех включённых площадках</translation>
    </message>
    <message>
      <source>&amp;Accounts…</source>
      <translation>&amp;Аккаунты…</translation>
    </message>
    <message>
      <source>Your accounts on VK, Weibo, X and Facebook</source>
      <translation>Ваши аккаунты во VK, Weibo, X и Facebook</translation>
    </message>
  </context>
  <context>
    <name>PublishDialog</name>
    <message>
      <source>No account — save to the Outbox folder</source>
      <translation>Без аккаунта — сохранить в папку «Исходящие»</translation>
    </message>
    <message>
      <source>Publish “{display_name}”</source>
      <translation>Публикация «{display_name}»</translation>
    </message>
    <message>
      <source>Schedule VK and Facebook for</source>
      <translation>Отложить публикацию во VK и Facebook до</translation>
    </message>
    <message>
      <source>X and Weibo have no scheduling: they publish right away</source>
      <translation>В X и Weibo нет отложенных публикаций: там пост выходит сразу</translation>
    </message>
    <message>
      <source>Publish again where this text is already published</source>
      <translation>Опубликовать повторно там, где этот текст уже опубликован</translation>
    </message>
    <message>
      <source>Accounts…</source>
      <translation>Аккаунты…</translation>
    </message>
    <message>
      <source>Retry failed</source>
      <translation>Повторить неудавшиеся</translation>
    </message>
    <message>
      <source>Publish</source>
      <translation>Опубликовать</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Publishing… each platform shows its progress.</source>
      <translation>Публикация… у каждой площадки виден свой ход.</translation>
    </message>
    <message>
      <source>No platform is enabled in this draft.</source>
      <translation>В этом черновике не включена ни одна площадка.</translation>
    </message>
    <message numerus="yes">
      <source>Fix %n problem(s) marked ✗ before publishing; nothing has been sent.</source>
      <translation>
        <numerusform>Перед публикацией исправьте %n проблему, отмеченную ✗; ничего не отправлено.</numerusform>
        <numerusform>Перед публикацией исправьте %n проблемы, отмеченные ✗; ничего не отправлено.</numerusform>
        <numerusform>Перед публикацией исправьте %n проблем, отмеченных ✗; ничего не отправлено.</numerusform>
      </translation>
    </message>
    <message>
      <source>Retry sends only the failed platforms.</source>
      <translation>«Повторить» отправит только на площадки с ошибкой.</translation>
    </message>
    <message>
      <source>Everything here is already published with this text.</source>
      <translation>Здесь всё уже опубликовано с этим текстом.</translation>
    </message>
    <message>
      <source>Ready to publish to {join}.</source>
      <translation>Всё готово к публикации: {join}.</translation>
    </message>
    <message>
      <source>Save to Outbox</source>
      <translation>Сохранить в «Исходящие»</translation>
    </message>
    <message>
      <source>Nothing will be posted: there is no account for {join}. Their texts are saved to the Outbox folder for you to post by hand; add an account (Accounts…) to publish directly.</source>
      <translation>Ничего не будет опубликовано: нет аккаунта для {join}. Тексты сохранятся в папку «Исходящие», чтобы вы разместили их вручную; добавьте аккаунт («Аккаунты…»), чтобы публиковать напрямую.</translation>
    </message>
    <message>
      <source>Ready to publish to {posted}. No account for {saved}: saved to the Outbox folder instead.</source>
      <translation>Всё готово к публикации: {posted}. Нет аккаунта для {saved}: текст сохранится в папку «Исходящие».</translation>
    </message>
    <message>
      <source>Publishing stopped: {result}</source>
      <translation>Публикация остановлена: {result}</translation>
    </message>
    <message>
      <source>Save the draft to keep its publish log.</source>
      <translation>Сохраните черновик, чтобы сохранить журнал публикаций.</translation>
    </message>
    <message>
      <source>The publish log could not be saved: {problem}</source>
      <translation>Журнал публикаций не удалось сохранить: {problem}</translation>
    </message>
    <message>
      <source>Done: {done} of {total}.</source>
      <translation>Готово: {done} из {total}.</translation>
    </message>
    <message>
      <source>Check the platforms marked ? before publishing there again.</source>
      <translation>Проверьте площадки со знаком ?, прежде чем публиковать там снова.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <source>General</source>
      <translation>Общие</translation>
    </message>
    <message>
      <source>Translation</source>
      <translation>Перевод</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Как в системе</translation>
    </message>
    <message>
      <source>Interface language</source>
      <translation>Язык интерфейса</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Светлая</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Тёмная</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Тема</translation>
    </message>
    <message>
      <source> s</source>
      <translation> с</translation>
    </message>
    <message>
      <source>Unsaved work is copied to the recovery folder this often.</source>
      <translation>С такой периодичностью несохранённая работа копируется в папку восстановления.</translation>
    </message>
    <message>
      <source>Autosave every</source>
      <translation>Автосохранение каждые</translation>
    </message>
    <message>
      <source>Your documents folder</source>
      <translation>Папка «Документы»</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <source>Library folder</source>
      <translation>Папка библиотеки</translation>
    </message>
    <message>
      <source>{path} is a file, not a folder.</source>
      <translation>{path} — это файл, а не папка.</translation>
    </message>
    <message>
      <source>The interface language changes when SocialDesk starts next time.</source>
      <translation>Язык интерфейса сменится при следующем запуске SocialDesk.</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Настройки…</translation>
    </message>
  </context>
  <context>
    <name>TemplateFieldsForm</name>
    <message>
      <source>English</source>
      <translation>английский</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>русский</translation>
    </message>
    <message>
      <source>Chinese</source>
      <translation>китайский</translation>
    </message>
    <message>
      <source>A link has no spaces</source>
      <translation>В ссылке не бывает пробелов</translation>
    </message>
    <message>
      <source>&lt;b&gt;Template&lt;/b&gt;</source>
      <translation>&lt;b&gt;Шаблон&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Give a field a different value for one audience, e.g. the Russian text for VK</source>
      <translation>Задать полю другое значение для одной аудитории, например русский текст для VK</translation>
    </message>
    <message>
      <source>Templates…</source>
      <translation>Шаблоны…</translation>
    </message>
    <message>
      <source>None — write freely</source>
      <translation>Нет — свободный текст</translation>
    </message>
    <message>
      <source>Built-in</source>
      <translation>Встроенный</translation>
    </message>
    <message>
      <source>Mine</source>
      <translation>Мой</translation>
    </message>
    <message>
      <source>This draft was made with the template “{template}”, which is not available ({problem}). Its texts are unchanged.</source>
      <translation>Этот черновик создан по шаблону «{template}», который недоступен ({problem}). Тексты не изменены.</translation>
    </message>
    <message>
      <source>Same in every language</source>
      <translation>Одинаково для всех языков</translation>
    </message>
    <message>
      <source>{name} only ({join})</source>
      <translation>Только {name} ({join})</translation>
    </message>
    <message>
      <source>No template: the texts stay as they are.</source>
      <translation>Без шаблона: тексты остаются как есть.</translation>
    </message>
    <message>
      <source>Cannot use this template: {problem}</source>
      <translation>Этот шаблон нельзя использовать: {problem}</translation>
    </message>
    <message>
      <source>the master text</source>
      <translation>основного текста</translation>
    </message>
    <message>
      <source>Kept your own edits of {parts}; revert a card to let the template fill it again.</source>
      <translation>Ваши правки {parts} сохранены; верните карточке основной текст, чтобы шаблон снова её заполнял.</translation>
    </message>
    <message>
      <source> (line {line})</source>
      <translation> (строка {line})</translation>
    </message>
    <message>
      <source>The template could not fill the post{where}: {problem}. Nothing was changed.</source>
      <translation>Шаблон не смог заполнить пост{where}: {problem}. Ничего не изменено.</translation>
    </message>
    <message>
      <source>Use this template?</source>
      <translation>Использовать этот шаблон?</translation>
    </message>
    <message>
      <source>This template has no field for your current text, so it will replace it. Continue? (Edit ▸ Undo does not bring it back.)</source>
      <translation>В этом шаблоне нет поля для вашего текущего текста, поэтому он будет заменён. Продолжить? («Правка ▸ Отменить» его не вернёт.)</translation>
    </message>
  </context>
  <context>
    <name>TemplatesDialog</name>
    <message>
      <source>Each platform's audience</source>
      <translation>Аудитория каждой площадки</translation>
    </message>
    <message>
      <source>English</source>
      <translation>английский</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>русский</translation>
    </message>
    <message>
      <source>Chinese</source>
      <translation>китайский</translation>
    </message>
    <message>
      <source>Templates</source>
      <translation>Шаблоны</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Новый</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Дублировать</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Переименовать…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Предпросмотр</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>BUILT-IN</source>
      <translation>ВСТРОЕННЫЕ</translation>
    </message>
    <message>
      <source>MY TEMPLATES</source>
      <translation>МОИ ШАБЛОНЫ</translation>
    </message>
    <message>
      <source>    None yet — New or Duplicate</source>
      <translation>    Пока нет — «Новый» или «Дублировать»</translation>
    </message>
    <message>
      <source>Built-in template: read-only. Duplicate it to make your own version.</source>
      <translation>Встроенный шаблон — только для чтения. Сделайте копию, чтобы создать свою версию.</translation>
    </message>
    <message>
      <source>Your template. Changes are saved when you switch templates or close.</source>
      <translation>Ваш шаблон. Изменения сохраняются при переключении шаблона или закрытии окна.</translation>
    </message>
    <message>
      <source>Not updated: the template has an error</source>
      <translation>Не обновлено: в шаблоне ошибка</translation>
    </message>
    <message>
      <source>Not rendered: {message}</source>
      <translation>Не отрисовано: {message}</translation>
    </message>
    <message>
      <source>none</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>✓ No problems. Fields: {names}</source>
      <translation>✓ Ошибок нет. Поля: {names}</translation>
    </message>
    <message>
      <source>Syntax error</source>
      <translation>Синтаксическая ошибка</translation>
    </message>
    <message>
      <source>Blocked</source>
      <translation>Заблокировано</translation>
    </message>
    <message>
      <source>Stopped</source>
      <translation>Остановлено</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Ошибка</translation>
    </message>
    <message>
      <source> on line {line}</source>
      <translation> в строке {line}</translation>
    </message>
    <message>
      <source> (rendering for {platform})</source>
      <translation> (при отрисовке для {platform})</translation>
    </message>
    <message>
      <source>Cannot save the template</source>
      <translation>Не удаётся сохранить шаблон</translation>
    </message>
    <message>
      <source>New template</source>
      <translation>Новый шаблон</translation>
    </message>
    <message>
      <source>Name of the new template:</source>
      <translation>Название нового шаблона:</translation>
    </message>
    <message>
      <source>My template</source>
      <translation>Мой шаблон</translation>
    </message>
    <message>
      <source>Duplicate template</source>
      <translation>Копия шаблона</translation>
    </message>
    <message>
      <source>Name of the copy:</source>
      <translation>Название копии:</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (копия)</translation>
    </message>
    <message>
      <source>Rename template</source>
      <translation>Переименовать шаблон</translation>
    </message>
    <message>
      <source>New name:</source>
      <translation>Новое название:</translation>
    </message>
    <message>
      <source>Cannot delete the template</source>
      <translation>Не удаётся удалить шаблон</translation>
    </message>
    <message>
      <source>Delete template</source>
      <translation>Удалить шаблон</translation>
    </message>
    <message>
      <source>Delete “{name}”? It is moved to the templates/.deleted folder.</source>
      <translation>Удалить «{name}»? Он будет перемещён в папку templates/.deleted.</translation>
    </message>
  </context>
  <context>
    <name>Tour</name>
    <message>
      <source>Write the post here</source>
      <translation>Пишите пост здесь</translation>
    </message>
    <message>
      <source>Write it once, in any language. Hashtags, mentions and links are highlighted, and the counter below shows how much room the selected platform leaves.</source>
      <translation>Напишите его один раз, на любом языке. Хештеги, упоминания и ссылки подсвечиваются, а счётчик внизу показывает, сколько места оставляет выбранная площадка.</translation>
    </message>
    <message>
      <source>Four live previews</source>
      <translation>Четыре живых предпросмотра</translation>
    </message>
    <message>
      <source>Each card shows the post as VK, Weibo, X or Facebook will show it: counted by that platform's rules, folded where its feed folds. Edit on a card gives one platform its own text.</source>
      <translation>Каждая карточка показывает пост так, как его покажет VK, Weibo, X или Facebook: с подсчётом по правилам площадки и сворачиванием там, где его свернёт лента. Кнопка «Изменить» на карточке даёт площадке отдельный текст.</translation>
    </message>
    <message>
      <source>Translate</source>
      <translation>Перевести</translation>
    </message>
    <message>
      <source>Translate All fills every platform in its audience's language at once; a card's Translate does one. Pick the translation service in Settings.</source>
      <translation>«Перевести всё» сразу заполняет каждую площадку на языке её аудитории, а «Перевести» на карточке — только одну. Сервис перевода выбирается в настройках.</translation>
    </message>
    <message>
      <source>Templates</source>
      <translation>Шаблоны</translation>
    </message>
    <message>
      <source>Start from a template: fill in its fields and every card follows. Tools ▸ Templates lets you write your own.</source>
      <translation>Начните с шаблона: заполните его поля, и все карточки обновятся. В «Инструменты ▸ Шаблоны» можно написать свои.</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Экспорт</translation>
    </message>
    <message>
      <source>File ▸ Export saves the final texts as files, a PDF proof for a client or a CSV for a scheduler.</source>
      <translation>«Файл ▸ Экспорт» сохраняет итоговые тексты в файлы, PDF-макет для клиента или CSV для планировщика.</translation>
    </message>
    <message>
      <source>Publish</source>
      <translation>Опубликовать</translation>
    </message>
    <message>
      <source>Publish sends the post to every platform in one click. Add your accounts first (Tools ▸ Accounts); their keys stay in your system's keyring.</source>
      <translation>«Опубликовать» отправляет пост на все площадки одним нажатием. Сначала добавьте аккаунты («Инструменты ▸ Аккаунты») — их ключи хранятся в связке ключей системы.</translation>
    </message>
  </context>
  <context>
    <name>TourCallout</name>
    <message>
      <source>Skip Tour</source>
      <translation>Пропустить</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Далее</translation>
    </message>
    <message>
      <source>Step {n} of {total}</source>
      <translation>Шаг {n} из {total}</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Готово</translation>
    </message>
  </context>
  <context>
    <name>TranslateWorker</name>
    <message>
      <source>{problem}. Fix it in Tools ▸ Glossary.</source>
      <translation>{problem}. Исправьте это в «Инструменты ▸ Глоссарий».</translation>
    </message>
  </context>
  <context>
    <name>TranslationController</name>
    <message>
      <source>Translate</source>
      <translation>Перевести</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Translate into</source>
      <translation>Перевести на</translation>
    </message>
    <message>
      <source>Translate all</source>
      <translation>Перевести всё</translation>
    </message>
    <message>
      <source>Translate the master into every platform's language</source>
      <translation>Перевести основной текст на язык каждой площадки</translation>
    </message>
    <message>
      <source>&amp;Glossary…</source>
      <translation>&amp;Глоссарий…</translation>
    </message>
    <message>
      <source>&amp;Translation settings…</source>
      <translation>Настройки &amp;перевода…</translation>
    </message>
    <message>
      <source>Write the post first, then translate it.</source>
      <translation>Сначала напишите пост, потом переводите.</translation>
    </message>
    <message>
      <source>Kept your edited text. Translate this card again to replace it.</source>
      <translation>Ваш изменённый текст сохранён. Переведите эту карточку ещё раз, чтобы заменить его.</translation>
    </message>
    <message>
      <source>Translating into {language}…</source>
      <translation>Перевод на {language}…</translation>
    </message>
    <message>
      <source>Translating into {name}… {done} of {total} sentences</source>
      <translation>Перевод на {name}… {done} из {total} предложений</translation>
    </message>
    <message>
      <source>The post changed while translating, so that translation was dropped. Press Re-translate.</source>
      <translation>Пост изменился во время перевода, поэтому перевод отброшен. Нажмите «Перевести заново».</translation>
    </message>
    <message>
      <source>Kept your edited text; the new translation was not applied.</source>
      <translation>Ваш изменённый текст сохранён; новый перевод не применён.</translation>
    </message>
    <message>
      <source>Check the translation:</source>
      <translation>Проверьте перевод:</translation>
    </message>
    <message>
      <source> ({count} from memory)</source>
      <translation> (из памяти: {count})</translation>
    </message>
    <message>
      <source>Translated into {name}{note}.</source>
      <translation>Переведено на {name}{note}.</translation>
    </message>
    <message>
      <source>Written in {name}, like the master: back to the master text.</source>
      <translation>Язык тот же, что у основного текста ({name}): возвращён основной текст.</translation>
    </message>
    <message>
      <source>Written in {name}, like the master: nothing to translate.</source>
      <translation>Язык тот же, что у основного текста ({name}): переводить нечего.</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <source>Re-translate</source>
      <translation>Перевести заново</translation>
    </message>
    <message>
      <source>Translate the master into {language}</source>
      <translation>Перевести основной текст на {language}</translation>
    </message>
    <message>
      <source> with {service}</source>
      <translation> через {service}</translation>
    </message>
    <message>
      <source>Replace your edits?</source>
      <translation>Заменить ваши правки?</translation>
    </message>
    <message>
      <source>You edited the text for {names}. Replace it with a new translation?</source>
      <translation>Вы изменяли текст для {names}. Заменить его новым переводом?</translation>
    </message>
  </context>
  <context>
    <name>TranslationSettingsDialog</name>
    <message>
      <source>Translation settings</source>
      <translation>Настройки перевода</translation>
    </message>
    <message>
      <source>Translation service</source>
      <translation>Сервис перевода</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Сервис</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Адрес сервера</translation>
    </message>
    <message>
      <source>API key</source>
      <translation>Ключ API</translation>
    </message>
    <message>
      <source>Remove stored key</source>
      <translation>Удалить сохранённый ключ</translation>
    </message>
    <message>
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <source> s</source>
      <translation> с</translation>
    </message>
    <message>
      <source>Give up after</source>
      <translation>Прекращать попытки через</translation>
    </message>
    <message>
      <source>This draft</source>
      <translation>Этот черновик</translation>
    </message>
    <message>
      <source>Master written in</source>
      <translation>Язык основного текста</translation>
    </message>
    <message>
      <source>{name} in</source>
      <translation>Язык для {name}</translation>
    </message>
    <message>
      <source>Translate the words of hashtags</source>
      <translation>Переводить слова в хештегах</translation>
    </message>
    <message>
      <source>default: the service's own</source>
      <translation>по умолчанию — адрес самого сервиса</translation>
    </message>
    <message>
      <source>API key (optional)</source>
      <translation>Ключ API (необязательно)</translation>
    </message>
    <message>
      <source>stored in the system keyring; type to replace</source>
      <translation>хранится в связке ключей системы; введите, чтобы заменить</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>не задан</translation>
    </message>
    <message>
      <source>will be removed when you press OK</source>
      <translation>будет удалён, когда вы нажмёте OK</translation>
    </message>
    <message>
      <source>{service} needs the address of its server.</source>
      <translation>Для {service} нужен адрес сервера.</translation>
    </message>
    <message>
      <source>{service} needs its {id_label}.</source>
      <translation>Для {service} нужно указать: {id_label}.</translation>
    </message>
  </context>
  <context>
    <name>UserGuideDialog</name>
    <message>
      <source>SocialDesk user guide</source>
      <translation>Руководство пользователя SocialDesk</translation>
    </message>
    <message>
      <source>The user guide is missing from this installation ({path}).</source>
      <translation>В этой установке нет руководства пользователя ({path}).</translation>
    </message>
  </context>
  <context>
    <name>VariantPanel</name>
    <message>
      <source>Revert to master</source>
      <translation>Вернуть основной текст</translation>
    </message>
    <message>
      <source>Drop {name}'s own text; it inherits the master</source>
      <translation>Убрать отдельный текст {name} — снова использовать основной</translation>
    </message>
    <message>
      <source>{name}'s own text</source>
      <translation>Отдельный текст {name}</translation>
    </message>
    <message>
      <source> — the master changed since; review this text</source>
      <translation> — основной текст с тех пор изменился; проверьте этот текст</translation>
    </message>
    <message>
      <source> — {over:,} over</source>
      <translation> — превышение на {over:,}</translation>
    </message>
  </context>
</TS>
