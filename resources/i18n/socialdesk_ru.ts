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
        <source>Write one post; see it live on VK, Weibo, X and Facebook, counted by each platform&apos;s rules, translated for each audience, and publish it everywhere in one click.</source>
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
        <source>Connect by signing in</source>
        <translation>Подключить через вход</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Подключить…</translation>
    </message>
    <message>
        <source>Sign in through the browser with your own developer app</source>
        <translation>Войти через браузер с вашим собственным приложением разработчика</translation>
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
        <source>Without accounts, Publish saves each platform&apos;s text into the Outbox folder for you to post by hand. Add an account to publish directly.</source>
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
        <source>{who}: sign in again (press Connect…).</source>
        <translation>{who}: войдите снова (нажмите «Подключить…»).</translation>
    </message>
    <message>
        <source>Token pasted by hand; last verified as {who}.</source>
        <translation>Токен вставлен вручную; последняя проверка: {who}.</translation>
    </message>
    <message>
        <source>Connected as {who}; the sign-in does not expire.</source>
        <translation>Подключено как {who}; вход бессрочный.</translation>
    </message>
    <message>
        <source>Connected as {who}; renews itself (next before {when}).</source>
        <translation>Подключено как {who}; вход обновляется сам (следующий раз до {when}).</translation>
    </message>
    <message>
        <source>Connected as {who}; expires {when}, then sign in again.</source>
        <translation>Подключено как {who}; вход истекает {when}, затем войдите снова.</translation>
    </message>
    <message>
        <source>Saved. The secrets are in your system&apos;s keyring.</source>
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
        <source>We&apos;re opening a second shop in Hamburg</source>
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
        <source>Leave empty for a standard &apos;Find out more&apos;.</source>
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
    <name>CalendarDialog</name>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Раньше</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Refresh from VK and Facebook</source>
        <translation>Обновить из VK и Facebook</translation>
    </message>
    <message>
        <source>◷ waiting · ⚠ missed · ✓ published — times are yours; hover for the market&apos;s</source>
        <translation>◷ ждёт · ⚠ пропущен · ✓ опубликован — время ваше; наведите курсор, чтобы увидеть время аудитории</translation>
    </message>
    <message>
        <source>Open the draft</source>
        <translation>Открыть черновик</translation>
    </message>
    <message>
        <source>Open the post</source>
        <translation>Открыть пост</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <source>Cancel this post</source>
        <translation>Отменить этот пост</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Отправить сейчас</translation>
    </message>
    <message>
        <source>Moving the post…</source>
        <translation>Переносим пост…</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Перенесено.</translation>
    </message>
    <message>
        <source>Cancelling the post…</source>
        <translation>Отменяем пост…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Sent — see the post&apos;s status.</source>
        <translation>Отправлено — смотрите статус поста.</translation>
    </message>
    <message>
        <source>Reading planned posts from VK and Facebook…</source>
        <translation>Читаем запланированные посты из VK и Facebook…</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect {name}</source>
        <translation>Подключить {name}</translation>
    </message>
    <message>
        <source>Connect your {name} account</source>
        <translation>Подключите аккаунт {name}</translation>
    </message>
    <message>
        <source>A name you recognise, e.g. Aurora Travel</source>
        <translation>Узнаваемое название, например Aurora Travel</translation>
    </message>
    <message>
        <source>Goes to the password store only</source>
        <translation>Хранится только в хранилище паролей</translation>
    </message>
    <message>
        <source>Paste the community key</source>
        <translation>Вставьте ключ сообщества</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>App Key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>ID приложения</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Секрет приложения</translation>
    </message>
    <message>
        <source>Port on this computer</source>
        <translation>Порт на этом компьютере</translation>
    </message>
    <message>
        <source>Community key</source>
        <translation>Ключ сообщества</translation>
    </message>
    <message>
        <source>Sign in in the browser</source>
        <translation>Войти в браузере</translation>
    </message>
    <message>
        <source>Paste the address the browser ends on (or the code)</source>
        <translation>Вставьте адрес, на котором остановился браузер (или код)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Use this Page</source>
        <translation>Выбрать эту страницу</translation>
    </message>
    <message>
        <source>Community id</source>
        <translation>ID сообщества</translation>
    </message>
    <message>
        <source>The number in vk.com/club123456</source>
        <translation>Число в адресе vk.com/club123456</translation>
    </message>
    <message>
        <source>Safe domain</source>
        <translation>Безопасный домен</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Waiting for the browser… finish the sign-in there.</source>
        <translation>Ждём браузер… завершите вход там.</translation>
    </message>
    <message>
        <source>After allowing access, paste the address the browser ends on.</source>
        <translation>Разрешив доступ, вставьте адрес, на котором остановился браузер.</translation>
    </message>
    <message>
        <source>Signed in. Choose the Page to post on.</source>
        <translation>Вход выполнен. Выберите страницу для публикаций.</translation>
    </message>
    <message>
        <source>✗ Sign-in failed unexpectedly ({name}).</source>
        <translation>✗ Вход неожиданно не удался ({name}).</translation>
    </message>
    <message>
        <source>✓ Connected. Asking {name} who this is…</source>
        <translation>✓ Подключено. Спрашиваем у {name}, чей это аккаунт…</translation>
    </message>
    <message>
        <source>✓ Connected; checking who it is failed: {error}</source>
        <translation>✓ Подключено; узнать владельца не удалось: {error}</translation>
    </message>
    <message>
        <source>✓ Connected as {who}.</source>
        <translation>✓ Подключено как {who}.</translation>
    </message>
</context>
<context>
    <name>ConnectSteps</name>
    <message>
        <source>Sign in with X (OAuth 2.0)</source>
        <translation>Вход через X (OAuth 2.0)</translation>
    </message>
    <message>
        <source>Posts text and images as you. The sign-in renews itself every two hours, so it keeps working. X bills posting to the app&apos;s owner.</source>
        <translation>Публикует текст и изображения от вашего имени. Вход обновляется сам каждые два часа и не перестаёт работать. X берёт плату за публикации с владельца приложения.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open &lt;a href=&apos;https://developer.x.com/en/portal/dashboard&apos;&gt;the X developer portal&lt;/a&gt; and create a Project and an App.&lt;/li&gt;&lt;li&gt;In the app&apos;s &lt;b&gt;User authentication settings&lt;/b&gt; choose &lt;b&gt;Read and write&lt;/b&gt; and the type &lt;b&gt;Native App&lt;/b&gt; (a public client: no secret).&lt;/li&gt;&lt;li&gt;Under &lt;b&gt;Callback URI&lt;/b&gt; add exactly &lt;code&gt;{redirect}&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;OAuth 2.0 Client ID&lt;/b&gt; (Keys and tokens) and paste it below.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;Sign in&lt;/b&gt;, then &lt;b&gt;Authorize app&lt;/b&gt; in the browser. SocialDesk asks for tweet.read, tweet.write, users.read, media.write and offline.access.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Откройте &lt;a href=&apos;https://developer.x.com/en/portal/dashboard&apos;&gt;портал разработчика X&lt;/a&gt; и создайте проект (Project) и приложение (App).&lt;/li&gt;&lt;li&gt;В разделе приложения &lt;b&gt;User authentication settings&lt;/b&gt; выберите &lt;b&gt;Read and write&lt;/b&gt; и тип &lt;b&gt;Native App&lt;/b&gt; (публичный клиент: без секрета).&lt;/li&gt;&lt;li&gt;В поле &lt;b&gt;Callback URI&lt;/b&gt; добавьте ровно &lt;code&gt;{redirect}&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;Скопируйте &lt;b&gt;OAuth 2.0 Client ID&lt;/b&gt; (Keys and tokens) и вставьте его ниже.&lt;/li&gt;&lt;li&gt;Нажмите &lt;b&gt;Войти в браузере&lt;/b&gt;, затем в браузере — &lt;b&gt;Authorize app&lt;/b&gt;. SocialDesk запрашивает tweet.read, tweet.write, users.read, media.write и offline.access.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>VK ID sign-in</source>
        <translation>Вход через VK ID</translation>
    </message>
    <message>
        <source>Text, photos and scheduling once VK has granted your app access to walls and photos; without it VK answers error 1051. Renews itself.</source>
        <translation>Текст, фото и отложенные публикации — после того как VK выдаст приложению доступ к стенам и фото; без него VK отвечает ошибкой 1051. Вход обновляется сам.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Create an app in &lt;a href=&apos;https://id.vk.com/about/business/go&apos;&gt;VK ID for business&lt;/a&gt; (platform: Web).&lt;/li&gt;&lt;li&gt;Add &lt;code&gt;{redirect}&lt;/code&gt; to the &lt;b&gt;trusted redirect URLs&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Ask VK for the &lt;b&gt;wall&lt;/b&gt; and &lt;b&gt;photos&lt;/b&gt; access (Access → individual access).&lt;/li&gt;&lt;li&gt;Paste the &lt;b&gt;App ID&lt;/b&gt; and your community&apos;s id below, press &lt;b&gt;Sign in&lt;/b&gt; and allow access in the browser.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Создайте приложение в &lt;a href=&apos;https://id.vk.com/about/business/go&apos;&gt;VK ID для бизнеса&lt;/a&gt; (платформа: Web).&lt;/li&gt;&lt;li&gt;Добавьте &lt;code&gt;{redirect}&lt;/code&gt; в &lt;b&gt;доверенные Redirect URL&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Запросите у VK доступы &lt;b&gt;wall&lt;/b&gt; и &lt;b&gt;photos&lt;/b&gt; (Доступы → индивидуальные доступы).&lt;/li&gt;&lt;li&gt;Вставьте ниже &lt;b&gt;ID приложения&lt;/b&gt; и ID вашего сообщества, нажмите &lt;b&gt;Войти в браузере&lt;/b&gt; и разрешите доступ.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Standalone app (paste the address)</source>
        <translation>Standalone-приложение (вставить адрес)</translation>
    </message>
    <message>
        <source>Text, photos and scheduling; the sign-in does not expire. For VK apps of the older standalone type.</source>
        <translation>Текст, фото и отложенные публикации; вход бессрочный. Для приложений VK старого типа Standalone.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open &lt;a href=&apos;https://vk.com/apps?act=manage&apos;&gt;your VK apps&lt;/a&gt; and create a &lt;b&gt;Standalone&lt;/b&gt; app (or open the one you have).&lt;/li&gt;&lt;li&gt;Paste its &lt;b&gt;App ID&lt;/b&gt; and your community&apos;s id below and press &lt;b&gt;Sign in&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Allow access in the browser. VK shows a page that says not to copy its address: for SocialDesk, copy it anyway — the whole address starting with &lt;code&gt;https://oauth.vk.com/blank.html#&lt;/code&gt; — and paste it below. It stays on this computer, in the password store.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Откройте &lt;a href=&apos;https://vk.com/apps?act=manage&apos;&gt;ваши приложения VK&lt;/a&gt; и создайте приложение &lt;b&gt;Standalone&lt;/b&gt; (или откройте имеющееся).&lt;/li&gt;&lt;li&gt;Вставьте ниже его &lt;b&gt;ID приложения&lt;/b&gt; и ID вашего сообщества и нажмите &lt;b&gt;Войти в браузере&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Разрешите доступ в браузере. VK покажет страницу с просьбой не копировать её адрес: для SocialDesk всё же скопируйте его — весь адрес, начиная с &lt;code&gt;https://oauth.vk.com/blank.html#&lt;/code&gt;, — и вставьте ниже. Он останется на этом компьютере, в хранилище паролей.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Community key (text only)</source>
        <translation>Ключ сообщества (только текст)</translation>
    </message>
    <message>
        <source>Text and scheduling only: VK uploads photos only with a person&apos;s sign-in.</source>
        <translation>Только текст и отложенные публикации: фото VK загружает только при входе человека.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open your community → &lt;b&gt;Manage&lt;/b&gt; → &lt;b&gt;API usage&lt;/b&gt; → &lt;b&gt;Access tokens&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Create a key with the permission to manage the &lt;b&gt;wall&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the key and the community&apos;s id below and press &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Откройте сообщество → &lt;b&gt;Управление&lt;/b&gt; → &lt;b&gt;Работа с API&lt;/b&gt; → &lt;b&gt;Ключи доступа&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Создайте ключ с правом доступа к &lt;b&gt;стене&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Вставьте ключ и ID сообщества ниже и нажмите &lt;b&gt;Сохранить&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Facebook Login (paste the address)</source>
        <translation>Вход через Facebook (вставить адрес)</translation>
    </message>
    <message>
        <source>Posts and schedules on a Page you manage. SocialDesk keeps the Page&apos;s token, which does not expire.</source>
        <translation>Публикует и планирует посты на странице, которой вы управляете. SocialDesk хранит токен страницы — он бессрочный.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Create an app at &lt;a href=&apos;https://developers.facebook.com/apps&apos;&gt;Meta for Developers&lt;/a&gt; (use case: manage everything on your Page).&lt;/li&gt;&lt;li&gt;In &lt;b&gt;Facebook Login → Settings&lt;/b&gt; add &lt;code&gt;https://www.facebook.com/connect/login_success.html&lt;/code&gt; to the valid OAuth redirect URIs.&lt;/li&gt;&lt;li&gt;Paste the &lt;b&gt;App ID&lt;/b&gt; and the &lt;b&gt;App secret&lt;/b&gt; (App settings → Basic) below; the secret goes to the password store.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;Sign in&lt;/b&gt;, choose your Page and allow pages_show_list, pages_manage_posts and pages_read_engagement.&lt;/li&gt;&lt;li&gt;Copy the address of the page that says &lt;i&gt;Success&lt;/i&gt; and paste it below; then pick the Page.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Создайте приложение на &lt;a href=&apos;https://developers.facebook.com/apps&apos;&gt;Meta for Developers&lt;/a&gt; (сценарий: управление всем на вашей странице).&lt;/li&gt;&lt;li&gt;В &lt;b&gt;Facebook Login → Settings&lt;/b&gt; добавьте &lt;code&gt;https://www.facebook.com/connect/login_success.html&lt;/code&gt; в список допустимых URI перенаправления OAuth.&lt;/li&gt;&lt;li&gt;Вставьте ниже &lt;b&gt;ID приложения&lt;/b&gt; и &lt;b&gt;секрет приложения&lt;/b&gt; (App settings → Basic); секрет хранится только в хранилище паролей.&lt;/li&gt;&lt;li&gt;Нажмите &lt;b&gt;Войти в браузере&lt;/b&gt;, выберите страницу и разрешите pages_show_list, pages_manage_posts и pages_read_engagement.&lt;/li&gt;&lt;li&gt;Скопируйте адрес страницы с надписью &lt;i&gt;Success&lt;/i&gt; и вставьте его ниже; затем выберите страницу.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Weibo sign-in (OAuth2)</source>
        <translation>Вход через Weibo (OAuth2)</translation>
    </message>
    <message>
        <source>Shares posts through Weibo&apos;s sharing API: at most 140 characters, no #topic#, a link to your safe domain. Until Weibo reviews your app only you and its test users can sign in (error 21321). The sign-in expires; then sign in again.</source>
        <translation>Публикует через API Weibo для репостов: не больше 140 знаков, без #темы#, со ссылкой на ваш безопасный домен. Пока Weibo не проверит приложение, войти можете только вы и его тестовые пользователи (ошибка 21321). Вход истекает — тогда войдите снова.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Create a web app at &lt;a href=&apos;https://open.weibo.com/apps&apos;&gt;Weibo Open Platform&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;In &lt;b&gt;高级信息&lt;/b&gt; set the 授权回调页 (redirect) to &lt;code&gt;{redirect}&lt;/code&gt; and the 安全域名 (safe domain) to your site.&lt;/li&gt;&lt;li&gt;Paste the &lt;b&gt;App Key&lt;/b&gt; and &lt;b&gt;App Secret&lt;/b&gt; (应用信息) and the safe domain below.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;Sign in&lt;/b&gt;, press 授权 in the browser and paste the address it ends on below.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Создайте веб-приложение на &lt;a href=&apos;https://open.weibo.com/apps&apos;&gt;Weibo Open Platform&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;В разделе &lt;b&gt;高级信息&lt;/b&gt; укажите 授权回调页 (адрес перенаправления) &lt;code&gt;{redirect}&lt;/code&gt; и 安全域名 (безопасный домен) — ваш сайт.&lt;/li&gt;&lt;li&gt;Вставьте ниже &lt;b&gt;App Key&lt;/b&gt; и &lt;b&gt;App Secret&lt;/b&gt; (应用信息) и безопасный домен.&lt;/li&gt;&lt;li&gt;Нажмите &lt;b&gt;Войти в браузере&lt;/b&gt;, в браузере нажмите 授权 и вставьте ниже адрес, на котором он остановится.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>No {platform} account: the text is saved to the Outbox folder for you to post by hand.</source>
        <translation>Нет аккаунта {platform}: текст сохраняется в папку «Исходящие», чтобы вы разместили его вручную.</translation>
    </message>
    <message>
        <source>{platform} has no scheduling of its own: the post waits in this computer&apos;s queue and needs this computer on at that time.</source>
        <translation>У {platform} нет собственного отложенного постинга: пост ждёт в очереди на этом компьютере, и в нужное время компьютер должен быть включён.</translation>
    </message>
    <message>
        <source>Post by hand: SocialDesk copies the text, saves the images and opens {platform}&apos;s composer; you paste and post there.</source>
        <translation>Публикация вручную: SocialDesk скопирует текст, сохранит изображения и откроет редактор {platform}; вставьте текст и опубликуйте там.</translation>
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
    <message>
        <source>Posted as a thread of {count} parts, each a reply to the one before.</source>
        <translation>Публикуется тредом из {count} частей, каждая — ответ на предыдущую.</translation>
    </message>
    <message>
        <source>Already published as a thread on {time} with this text; not sent again.</source>
        <translation>Уже опубликовано тредом {time} с этим текстом; повторно не отправляется.</translation>
    </message>
    <message>
        <source>Weibo&apos;s sharing API takes one picture per post; {count} are chosen. In the Images panel, keep one for Weibo and leave the others out.</source>
        <translation>API Weibo принимает одну картинку на пост; выбрано: {count}. На панели «Изображения» оставьте для Weibo одну, а остальные уберите.</translation>
    </message>
    <message>
        <source>Weibo&apos;s composer takes at most {max} images per post; {count} are chosen. In the Images panel, leave {extra} out for Weibo.</source>
        <translation>Редактор Weibo принимает не больше {max} изображений на пост; выбрано: {count}. На панели «Изображения» уберите для Weibo лишние: {extra}.</translation>
    </message>
    <message>
        <source>{platform} takes at most {max} images per post; {count} are chosen. In the Images panel, leave {extra} out for {platform}.</source>
        <translation>{platform} принимает не больше {max} изображений на пост; выбрано: {count}. На панели «Изображения» уберите для {platform} лишние: {extra}.</translation>
    </message>
    <message>
        <source>{platform} takes at most {max} images per post; {count} are chosen for post {post} of the thread. In the Images panel, put {extra} on another post or leave {extra} out for {platform}.</source>
        <translation>{platform} принимает не больше {max} изображений на пост; для поста {post} ветки выбрано: {count}. На панели «Изображения» перенесите лишние ({extra}) на другой пост или уберите их для {platform}.</translation>
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
        <source>A user token with the &apos;wall&apos; scope</source>
        <translation>Токен пользователя с правом «wall»</translation>
    </message>
    <message>
        <source>Safe-domain URL</source>
        <translation>Адрес безопасного домена</translation>
    </message>
    <message>
        <source>Your app&apos;s registered safe domain; every post must link to it</source>
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
        <source>The number in the Page&apos;s About section</source>
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
    <name>DayCell</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Ввод текста</translation>
    </message>
    <message>
        <source>Typing in {platform}</source>
        <translation>Ввод текста для {platform}</translation>
    </message>
    <message>
        <source>Translate {platform}</source>
        <translation>Перевод для {platform}</translation>
    </message>
    <message>
        <source>Change {platform} text</source>
        <translation>Изменение текста {platform}</translation>
    </message>
    <message>
        <source>Revert {platform} to master</source>
        <translation>Возврат {platform} к основному тексту</translation>
    </message>
    <message>
        <source>Turn on {platform}</source>
        <translation>Включение {platform}</translation>
    </message>
    <message>
        <source>Turn off {platform}</source>
        <translation>Отключение {platform}</translation>
    </message>
    <message>
        <source>{platform} language: {language}</source>
        <translation>Язык {platform}: {language}</translation>
    </message>
    <message>
        <source>{platform} account</source>
        <translation>Аккаунт {platform}</translation>
    </message>
    <message>
        <source>Edit field “{field}”</source>
        <translation>Правка поля «{field}»</translation>
    </message>
    <message>
        <source>Remove field “{field}”</source>
        <translation>Удаление поля «{field}»</translation>
    </message>
    <message>
        <source>Add image “{name}”</source>
        <translation>Добавление изображения «{name}»</translation>
    </message>
    <message>
        <source>Remove image “{name}”</source>
        <translation>Удаление изображения «{name}»</translation>
    </message>
    <message>
        <source>X Premium</source>
        <translation>X Premium</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Правка заголовка</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Правка</translation>
    </message>
</context>
<context>
    <name>EditorColumn</name>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
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
    <message>
        <source>a spreadsheet (formulas made harmless)</source>
        <translation>таблицы (формулы обезврежены)</translation>
    </message>
    <message>
        <source>a bulk scheduler (texts exactly as written)</source>
        <translation>планировщика публикаций (тексты как есть)</translation>
    </message>
    <message>
        <source>For a spreadsheet, a text that starts with =, +, -, @ or a tab gets a &apos; in front so that it cannot run as a formula. For a bulk scheduler, every text is exactly as written: don&apos;t open that file in a spreadsheet.</source>
        <translation>Для таблицы: текст, который начинается с =, +, -, @ или табуляции, получает &apos; в начале и не сработает как формула. Для планировщика: все тексты в точности как написаны — не открывайте такой файл в таблице.</translation>
    </message>
    <message>
        <source>CSV for</source>
        <translation>CSV для</translation>
    </message>
    <message>
        <source>Nothing was exported: the draft&apos;s pictures from outside its folder were not allowed.</source>
        <translation>Ничего не экспортировано: картинки из-за пределов папки черновика не разрешены.</translation>
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
    <message>
        <source>Fill in {fields} in the template form to make this post.</source>
        <translation>Заполните в форме шаблона: {fields} — и пост будет готов.</translation>
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
    <name>FindingsBar</name>
    <message>
        <source>Fix</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Fix All</source>
        <translation>Исправить все</translation>
    </message>
    <message numerus="yes">
        <source>%n typography finding(s)</source>
        <translation>
            <numerusform>%n замечание по типографике</numerusform>
            <numerusform>%n замечания по типографике</numerusform>
            <numerusform>%n замечаний по типографике</numerusform>
        </translation>
    </message>
    <message>
        <source>full-width punctuation in Chinese</source>
        <translation>полноширинная пунктуация в китайском</translation>
    </message>
    <message>
        <source>spacing between Chinese and Latin letters or digits</source>
        <translation>пробел между китайскими иероглифами и латиницей или цифрами</translation>
    </message>
    <message>
        <source>a character of the other Chinese script</source>
        <translation>иероглиф другой формы письма (упрощённой или традиционной)</translation>
    </message>
    <message>
        <source>«ёлочки» quotes in Russian</source>
        <translation>кавычки-«ёлочки» в русском тексте</translation>
    </message>
    <message>
        <source>an em dash instead of a hyphen</source>
        <translation>тире вместо дефиса</translation>
    </message>
    <message>
        <source>a non-breaking space before the em dash</source>
        <translation>неразрывный пробел перед тире</translation>
    </message>
    <message>
        <source>the house style of quotes</source>
        <translation>принятый вид кавычек</translation>
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
    <message>
        <source>&amp;About SocialDesk</source>
        <translation>&amp;О программе SocialDesk</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of “{title}”</source>
        <translation>История «{title}»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Versions&lt;/b&gt; (newest first)</source>
        <translation>&lt;b&gt;Версии&lt;/b&gt; (сначала новые)</translation>
    </message>
    <message>
        <source>Text of</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Основной</translation>
    </message>
    <message>
        <source>compared with</source>
        <translation>в сравнении с</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Вернуть эту версию</translation>
    </message>
    <message>
        <source>Put this version back in the editor; Edit ▸ Undo takes it back again</source>
        <translation>Вернуть эту версию в редактор; «Правка ▸ Отменить» отменит и это</translation>
    </message>
    <message>
        <source>the draft now</source>
        <translation>текущим черновиком</translation>
    </message>
    <message>
        <source>version of {when}</source>
        <translation>версией от {when}</translation>
    </message>
    <message>
        <source>No versions yet. A version is kept each time you save, publish, translate all cards or apply a template.</source>
        <translation>Версий пока нет. Версия сохраняется при каждом сохранении, публикации, переводе всех карточек и применении шаблона.</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Сегодня {time}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Before translating all cards</source>
        <translation>Перед переводом всех карточек</translation>
    </message>
    <message>
        <source>Before applying template “{name}”</source>
        <translation>Перед применением шаблона «{name}»</translation>
    </message>
    <message>
        <source>Before restoring the version of {when}</source>
        <translation>Перед возвратом версии от {when}</translation>
    </message>
    <message>
        <source>Version of {when}</source>
        <translation>Версия от {when}</translation>
    </message>
    <message>
        <source>The draft now</source>
        <translation>Текущий черновик</translation>
    </message>
    <message>
        <source>The same text.</source>
        <translation>Текст не изменился.</translation>
    </message>
    <message>
        <source>{removed:,} characters only on the left, {added:,} only on the right.</source>
        <translation>Только слева: {removed:,} знак., только справа: {added:,}.</translation>
    </message>
    <message>
        <source>Restore version of {when}</source>
        <translation>Возврат версии от {when}</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История версий…</translation>
    </message>
    <message>
        <source>Earlier versions of this draft: compare them and restore one</source>
        <translation>Прежние версии черновика: сравните их и верните нужную</translation>
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
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Отменить: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Повторить: {step}</translation>
    </message>
    <message>
        <source>Master language: {code}</source>
        <translation>Язык основного текста: {code}</translation>
    </message>
    <message>
        <source>{name} (its own text)</source>
        <translation>{name} (свой текст)</translation>
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
        <source>Your changes will be lost if you don&apos;t save them.</source>
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
</context>
<context>
    <name>MarketTime</name>
    <message>
        <source>{time} your time</source>
        <translation>{time} по вашему времени</translation>
    </message>
    <message>
        <source>{market} ({time} your time)</source>
        <translation>{market} ({time} по вашему времени)</translation>
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
    <message>
        <source>Add images</source>
        <translation>Добавление изображений</translation>
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
        <source>Edit alt text</source>
        <translation>Правка описания изображения</translation>
    </message>
    <message>
        <source>Choose platforms for an image</source>
        <translation>Выбор площадок для изображения</translation>
    </message>
    <message>
        <source>Move image</source>
        <translation>Перемещение изображения</translation>
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
        <source>Fit images</source>
        <translation>Подгонка изображений</translation>
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
        <source>X post </source>
        <translation>Пост X </translation>
    </message>
    <message>
        <source>The post of the X thread this picture goes on</source>
        <translation>Пост треда в X, к которому прикрепляется эта картинка</translation>
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
    <name>MoveDialog</name>
    <message>
        <source>Move post</source>
        <translation>Перенести пост</translation>
    </message>
    <message>
        <source>New time (your time):</source>
        <translation>Новое время (ваше):</translation>
    </message>
</context>
<context>
    <name>OutsideImages</name>
    <message>
        <source>Image {number}: {path}</source>
        <translation>Картинка {number}: {path}</translation>
    </message>
    <message>
        <source>Pictures from outside the draft&apos;s folder</source>
        <translation>Картинки из-за пределов папки черновика</translation>
    </message>
    <message>
        <source>This draft attaches pictures that are not in its own folder. Upload them only if you trust where the draft came from:</source>
        <translation>Этот черновик прикрепляет картинки не из своей папки. Загружайте их, только если доверяете тому, от кого пришёл черновик:</translation>
    </message>
    <message>
        <source>Upload them</source>
        <translation>Загрузить их</translation>
    </message>
    <message>
        <source>This draft attaches pictures that are not in its own folder. Export them only if you trust where the draft came from:</source>
        <translation>Этот черновик прикрепляет картинки не из своей папки. Экспортируйте их, только если доверяете тому, от кого пришёл черновик:</translation>
    </message>
    <message>
        <source>Export them</source>
        <translation>Экспортировать их</translation>
    </message>
</context>
<context>
    <name>PlatformCard</name>
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
        <source>{name} preview</source>
        <translation>Предпросмотр {name}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Write {name}&apos;s own text</source>
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
        <source>{name} won’t take this post: the marked part is over its limit</source>
        <translation>{name} не примет этот пост: выделенная часть сверх лимита</translation>
    </message>
    <message>
        <source>{over:,} over the limit</source>
        <translation>превышение на {over:,}</translation>
    </message>
    <message>
        <source>can’t be posted</source>
        <translation>нельзя опубликовать</translation>
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
        <source>Thread of {n} posts</source>
        <translation>Тред из {n} постов</translation>
    </message>
    <message>
        <source>{state} · master changed since</source>
        <translation>{state} · основной текст с тех пор изменился</translation>
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
        <source>Queued on this computer</source>
        <translation>В очереди на этом компьютере</translation>
    </message>
    <message>
        <source>Ready to post by hand</source>
        <translation>Готово к публикации вручную</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>This platform&apos;s time, in the zone shown beside it</source>
        <translation>Время для этой площадки — в часовом поясе, указанном рядом</translation>
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
        <source>Open the composer</source>
        <translation>Открыть редактор поста</translation>
    </message>
    <message>
        <source>Open the post</source>
        <translation>Открыть пост</translation>
    </message>
    <message numerus="yes">
        <source>Pictures: %n</source>
        <translation>
            <numerusform>%n картинка:</numerusform>
            <numerusform>%n картинки:</numerusform>
            <numerusform>%n картинок:</numerusform>
        </translation>
    </message>
    <message>
        <source>{number}. {path} ⚠ outside the draft&apos;s folder</source>
        <translation>{number}. {path} ⚠ не из папки черновика</translation>
    </message>
</context>
<context>
    <name>PostChip</name>
    <message>
        <source>Needs this computer on at that time.</source>
        <translation>В это время компьютер должен быть включён.</translation>
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
        <source>This report holds the app&apos;s log, its version and your system&apos;s, and which settings are set (not their values). Tokens, keys and passwords are removed, and the log never contains the text of your posts. Send it to whoever supports your SocialDesk.</source>
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
    <name>ProofingController</name>
    <message>
        <source>No spelling dictionary for {language} is installed, so its spelling is not checked.</source>
        <translation>Словарь для языка «{language}» не установлен, поэтому орфография не проверяется.</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Добавить в словарь</translation>
    </message>
    <message>
        <source>&amp;Proofing</source>
        <translation>&amp;Правописание</translation>
    </message>
    <message>
        <source>Check &amp;Spelling as You Type</source>
        <translation>Проверять &amp;орфографию при вводе</translation>
    </message>
    <message>
        <source>Check &amp;Typography</source>
        <translation>Проверять &amp;типографику</translation>
    </message>
    <message>
        <source>Chinese: Full-Width Punctuation</source>
        <translation>Китайский: полноширинная пунктуация</translation>
    </message>
    <message>
        <source>Chinese: Space Next to Latin Letters and Digits</source>
        <translation>Китайский: пробел рядом с латиницей и цифрами</translation>
    </message>
    <message>
        <source>Add a Space</source>
        <translation>Ставить пробел</translation>
    </message>
    <message>
        <source>No Space</source>
        <translation>Без пробела</translation>
    </message>
    <message>
        <source>Don&apos;t Check</source>
        <translation>Не проверять</translation>
    </message>
    <message>
        <source>Russian: «Ёлочки» Quotes</source>
        <translation>Русский: кавычки-«ёлочки»</translation>
    </message>
    <message>
        <source>Russian: Em Dashes</source>
        <translation>Русский: тире</translation>
    </message>
    <message>
        <source>English: Quotes</source>
        <translation>Английский: кавычки</translation>
    </message>
    <message>
        <source>Curly “ ” ’</source>
        <translation>Типографские “ ” ’</translation>
    </message>
    <message>
        <source>Straight &quot; &apos;</source>
        <translation>Прямые &quot; &apos;</translation>
    </message>
    <message>
        <source>Convert to Traditional Chinese (Taiwan)</source>
        <translation>Преобразовать в традиционный китайский (Тайвань)</translation>
    </message>
    <message>
        <source>Convert to Traditional Chinese (Hong Kong)</source>
        <translation>Преобразовать в традиционный китайский (Гонконг)</translation>
    </message>
    <message>
        <source>Convert to Simplified Chinese</source>
        <translation>Преобразовать в упрощённый китайский</translation>
    </message>
    <message>
        <source>Convert {name}</source>
        <translation>Преобразование текста {name}</translation>
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
    <message>
        <source>Publish through Weibo&apos;s API (140 characters, no #topics#)</source>
        <translation>Публиковать через API Weibo (140 знаков, без #тем#)</translation>
    </message>
    <message>
        <source>Checked: sent through Weibo&apos;s sharing API. Unchecked: posted by hand in Weibo&apos;s composer (2,000 characters).</source>
        <translation>Отмечено: отправка через API Weibo. Не отмечено: публикация вручную в редакторе Weibo (2000 знаков).</translation>
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
        <source>Schedule for</source>
        <translation>Запланировать на</translation>
    </message>
    <message>
        <source>VK and Facebook hold the post until then; X and Weibo wait in this computer&apos;s queue, which needs the computer on at that time</source>
        <translation>VK и Facebook сами хранят пост до этого времени; X и Weibo ждут в очереди на этом компьютере — в это время он должен быть включён</translation>
    </message>
    <message>
        <source>in each audience&apos;s time zone</source>
        <translation>по времени каждой аудитории</translation>
    </message>
    <message>
        <source>in my time zone</source>
        <translation>по моему времени</translation>
    </message>
    <message>
        <source>Send the ready ones</source>
        <translation>Отправить готовые</translation>
    </message>
    <message>
        <source>Publish the platforms that have no problem; the others stay marked</source>
        <translation>Опубликовать на платформах без проблем; остальные останутся отмеченными</translation>
    </message>
    <message numerus="yes">
        <source>%n platform(s) cannot go yet (marked ✗). Fix them, or send the ready ones now; nothing has been sent.</source>
        <translation>
            <numerusform>%n платформа пока не готова (отмечена ✗). Исправьте или отправьте готовые сейчас; ничего не отправлено.</numerusform>
            <numerusform>%n платформы пока не готовы (отмечены ✗). Исправьте их или отправьте готовые сейчас; ничего не отправлено.</numerusform>
            <numerusform>%n платформ пока не готовы (отмечены ✗). Исправьте их или отправьте готовые сейчас; ничего не отправлено.</numerusform>
        </translation>
    </message>
    <message>
        <source>{join} wait in this computer&apos;s queue.</source>
        <translation>{join} ждут в очереди на этом компьютере.</translation>
    </message>
    <message>
        <source>{names}: you post it by hand in the composer SocialDesk opens.</source>
        <translation>{names}: вы публикуете вручную в редакторе, который откроет SocialDesk.</translation>
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
        <source>Not sent: {names}; fix what is marked and publish again.</source>
        <translation>Не отправлено: {names}; исправьте отмеченное и опубликуйте снова.</translation>
    </message>
    <message>
        <source>Check the platforms marked ? before publishing there again.</source>
        <translation>Проверьте площадки со знаком ?, прежде чем публиковать там снова.</translation>
    </message>
    <message>
        <source>Nothing was sent: the draft&apos;s pictures from outside its folder were not allowed.</source>
        <translation>Ничего не отправлено: картинки из-за пределов папки черновика не разрешены.</translation>
    </message>
</context>
<context>
    <name>ScheduleActions</name>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Календарь</translation>
    </message>
    <message>
        <source>Everything scheduled or published, from all drafts</source>
        <translation>Всё запланированное и опубликованное — из всех черновиков</translation>
    </message>
    <message>
        <source>Queued posts sent: {done} of {total}.</source>
        <translation>Отправлено постов из очереди: {done} из {total}.</translation>
    </message>
</context>
<context>
    <name>SchedulingPage</name>
    <message>
        <source>Send queued X and Weibo posts even when SocialDesk is closed</source>
        <translation>Отправлять посты X и Weibo из очереди, даже когда SocialDesk закрыт</translation>
    </message>
    <message>
        <source>Adds a small entry to your system&apos;s scheduler that runs “socialdesk queue run” every {minutes} minutes. The computer must be on (or wake) at the time.</source>
        <translation>Добавляет в планировщик системы задание, которое каждые {minutes} мин отправляет посты из очереди. В нужное время компьютер должен быть включён (или проснуться).</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>A post whose time passed while the computer slept still goes out this long afterwards; later than that it waits for your decision in the Calendar.</source>
        <translation>Пост, время которого прошло, пока компьютер спал, ещё отправится в течение этого срока; если позже — он ждёт вашего решения в Календаре.</translation>
    </message>
    <message>
        <source>Send missed posts up to</source>
        <translation>Отправлять пропущенные посты в течение</translation>
    </message>
    <message>
        <source>Each audience&apos;s time zone (by the card&apos;s language):</source>
        <translation>Часовой пояс каждой аудитории (по языку карточки):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>(my time zone)</source>
        <translation>(мой часовой пояс)</translation>
    </message>
    <message>
        <source>“{name}” is not a time zone (for {language}).</source>
        <translation>«{name}» — не часовой пояс (для языка {language}).</translation>
    </message>
    <message>
        <source>Queued posts now go out even when SocialDesk is closed.</source>
        <translation>Теперь посты из очереди отправляются, даже когда SocialDesk закрыт.</translation>
    </message>
    <message>
        <source>Queued posts now go out only while SocialDesk is open.</source>
        <translation>Теперь посты из очереди отправляются, только пока SocialDesk открыт.</translation>
    </message>
    <message>
        <source>The system scheduler entry could not be changed: {problem}</source>
        <translation>Не удалось изменить задание в планировщике системы: {problem}</translation>
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
        <source>Scheduling</source>
        <translation>Планирование</translation>
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
        <source>File ▸ History keeps this many versions of each draft; older ones go.</source>
        <translation>Столько версий каждого черновика хранит «Файл ▸ История версий»; более старые удаляются.</translation>
    </message>
    <message>
        <source>Versions kept per draft</source>
        <translation>Версий на черновик</translation>
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
    <name>SpellBinding</name>
    <message>
        <source>No suggestions</source>
        <translation>Нет вариантов</translation>
    </message>
    <message>
        <source>Add “{word}” to Dictionary</source>
        <translation>Добавить «{word}» в словарь</translation>
    </message>
    <message>
        <source>Ignore “{word}”</source>
        <translation>Пропустить «{word}»</translation>
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
        <source>Needed: the post cannot do without it.</source>
        <translation>Обязательно: без этого поста не будет.</translation>
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
        <source>No template</source>
        <translation>Без шаблона</translation>
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
        <source>Apply template “{name}”</source>
        <translation>Применение шаблона «{name}»</translation>
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
        <source>Fill in {fields} to make the post; the texts stay as they are until then.</source>
        <translation>Заполните: {fields} — тогда шаблон соберёт пост; до тех пор тексты не меняются.</translation>
    </message>
    <message>
        <source>Keep your own texts?</source>
        <translation>Оставить ваши тексты?</translation>
    </message>
    <message>
        <source>You wrote the text for {names} yourself. The template would replace it.</source>
        <translation>Текст для {names} вы написали сами. Шаблон заменил бы его.</translation>
    </message>
    <message>
        <source>Keep your texts and let the template fill the rest?</source>
        <translation>Оставить ваши тексты, а остальное заполнить по шаблону?</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мои</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Use this template?</source>
        <translation>Использовать этот шаблон?</translation>
    </message>
    <message>
        <source>This template has no field for your current text, so it will replace it. Continue? (Edit ▸ Undo brings it back.)</source>
        <translation>В этом шаблоне нет поля для вашего текста, поэтому он его заменит. Продолжить? («Правка ▸ Отменить» вернёт текст.)</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Each platform&apos;s audience</source>
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
    <name>ThreadActions</name>
    <message>
        <source>Post as a thread</source>
        <translation>Разбить на тред</translation>
    </message>
    <message>
        <source>Split the X text into posts that each fit, published as replies one after another. A line holding only --- moves a break.</source>
        <translation>Разделить текст для X на посты, каждый в пределах лимита, и опубликовать их ответами друг другу. Строка из одних --- переносит место разрыва.</translation>
    </message>
    <message>
        <source>Number the parts (1/4)</source>
        <translation>Нумеровать части (1/4)</translation>
    </message>
</context>
<context>
    <name>ThreadPartRow</name>
    <message>
        <source>Part {number} of {total}</source>
        <translation>Часть {number} из {total}</translation>
    </message>
    <message>
        <source>{number}/{total} · {count} / {limit}</source>
        <translation>{number}/{total} · {count} / {limit}</translation>
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
        <source>Each card shows the post as VK, Weibo, X or Facebook will show it: counted by that platform&apos;s rules, folded where its feed folds. Edit on a card gives one platform its own text.</source>
        <translation>Каждая карточка показывает пост так, как его покажет VK, Weibo, X или Facebook: с подсчётом по правилам площадки и сворачиванием там, где его свернёт лента. Кнопка «Изменить» на карточке даёт площадке отдельный текст.</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <source>Translate All fills every platform in its audience&apos;s language at once; a card&apos;s Translate does one. Pick the translation service in Settings.</source>
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
        <source>Publish sends the post to every platform in one click. Add your accounts first (Tools ▸ Accounts); their keys stay in your system&apos;s keyring.</source>
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
        <source>Translate the master into every platform&apos;s language</source>
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
    <message>
        <source>Keep mine</source>
        <translation>Оставить мои</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Заменить</translation>
    </message>
</context>
<context>
    <name>TranslationSettingsDialog</name>
    <message>
        <source>Translation settings</source>
        <translation>Настройки перевода</translation>
    </message>
</context>
<context>
    <name>TranslationSettingsPage</name>
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
        <source>default: the service&apos;s own</source>
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
    <message>
        <source>Master language</source>
        <translation>Язык основного текста</translation>
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
        <source>Drop {name}&apos;s own text; it inherits the master</source>
        <translation>Убрать отдельный текст {name} — снова использовать основной</translation>
    </message>
    <message>
        <source>{name}&apos;s own text</source>
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
