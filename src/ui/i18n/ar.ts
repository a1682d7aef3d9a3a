import type { Language } from './language';

export const language: Language = {
  code: 'ar',
  dir: 'rtl',
  texts: {
    bannerTitle: 'خصوصيتك، قرارك',
    bannerDescription:
      'نستخدم ملفات تعريف الارتباط التي يحتاجها الموقع ليعمل. وبموافقتك نستخدم أيضًا ملفات تعريف ارتباط ل{purposes}.',
    acceptAll: 'قبول الكل',
    rejectAll: 'رفض الكل',
    customize: 'تخصيص',
    privacyPolicy: 'سياسة الخصوصية',
    preferencesTitle: 'تفضيلات ملفات تعريف الارتباط',
    preferencesDescription: 'اختر ملفات تعريف الارتباط التي يمكننا استخدامها. يمكنك تغيير ذلك في أي وقت من «إعدادات ملفات تعريف الارتباط».',
    saveChoices: 'حفظ الاختيارات',
    close: 'إغلاق',
    alwaysOn: 'مفعّلة دائمًا',
    cookiesIn: 'ملفات تعريف الارتباط المستخدمة',
    noCookies: 'لا توجد ملفات تعريف ارتباط مدرجة من هذا النوع.',
    cookieName: 'الاسم',
    cookieProvider: 'المزوّد',
    cookieExpiry: 'مدة الصلاحية',
    cookieDescription: 'الوصف',
    gpcHonoured: 'يرسل متصفحك إشارة التحكم العالمي في الخصوصية (GPC)، لذا يبقى الاستهداف متوقفًا ما لم تفعّله بنفسك.',
    gpcAcceptAll: '«قبول الكل» يشمل الاستهداف رغم هذه الإشارة.',
    saved: 'تم حفظ اختياراتك لملفات تعريف الارتباط.',
    notRemembered: 'لا يسمح متصفحك لهذا الموقع بحفظ ملفات تعريف الارتباط، لذا ينطبق اختيارك على هذه الصفحة فقط.',
    objectionNotice: 'ونستخدم أيضًا ملفات تعريف ارتباط ل{purposes} ما لم تعترض: أوقفها من «تخصيص».',
    optOutDescription: 'يمكنك إلغاء الاشتراك في بيع معلوماتك الشخصية أو مشاركتها وفي الإعلانات الموجّهة: أوقف ما لا تريده ثم احفظ.',
  },
  purposes: {
    performance: 'قياس الزيارات',
    functionality: 'تذكّر إعداداتك',
    targeting: 'عرض إعلانات ملائمة',
    unclassified: 'تشغيل خدمات لم نصنّفها بعد',
  },
  categories: {
    'strictly-necessary': {
      title: 'ضرورية تمامًا',
      description: 'لازمة لعمل الموقع: تسجيل الدخول والأمان وتذكّر هذا الاختيار.',
    },
    performance: {
      title: 'الأداء والتحليلات',
      description: 'تحصي الزيارات واستخدام الصفحات بشكل إجمالي لنحسّن الموقع.',
    },
    functionality: {
      title: 'الوظائف',
      description: 'تتذكّر إعدادات مثل لغتك أو منطقتك.',
    },
    targeting: {
      title: 'الاستهداف والإعلانات',
      description: 'تتيح لنا ولشركائنا الإعلانيين قياس الحملات وعرض إعلانات تناسب اهتماماتك.',
    },
    unclassified: {
      title: 'غير مصنّفة',
      description: 'ملفات تعريف ارتباط لم نصنّفها بعد.',
    },
  },
};
